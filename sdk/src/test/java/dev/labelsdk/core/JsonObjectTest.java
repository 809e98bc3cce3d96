package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonObjectTest {

  record Box(String label, int width) {}

  @Test
  void typedAccessorsReturnEmptyForMissingKeysAndOtherTypes() {
    JsonObject o = JsonObject.parse(
        "{\"s\":\"x\",\"n\":3,\"d\":1.5,\"b\":true,\"l\":[\"a\",1,\"b\"],\"o\":{\"k\":\"v\"},"
            + "\"z\":null}");
    assertThat(o.getString("s")).contains("x");
    assertThat(o.getString("n")).isEmpty();
    assertThat(o.getLong("n")).contains(3L);
    assertThat(o.getLong("d")).isEmpty();
    assertThat(o.getDouble("d")).contains(1.5);
    assertThat(o.getBoolean("b")).contains(true);
    assertThat(o.getStringList("l")).containsExactly("a", "b");
    assertThat(o.getObject("o").flatMap(x -> x.getString("k"))).contains("v");
    assertThat(o.at("/o/k").map(n -> n.asText())).contains("v");
    assertThat(o.has("z")).isTrue();
    assertThat(o.getString("missing")).isEmpty();
    assertThat(o.keys()).containsExactly("s", "n", "d", "b", "l", "o", "z");
  }

  @Test
  void isImmutable() {
    JsonObject o = JsonObject.of(Map.of("a", List.of(1)));
    o.toNode().put("b", 2);
    o.get("a").ifPresent(n -> ((com.fasterxml.jackson.databind.node.ArrayNode) n).add(2));
    o.toMap().put("c", 3);
    assertThat(o.toString()).isEqualTo("{\"a\":[1]}");
  }

  @Test
  void convertsToUserTypes() {
    JsonObject o = JsonObject.parse("{\"label\":\"car\",\"width\":12,\"extra\":true}");
    assertThat(o.as(Box.class)).isEqualTo(new Box("car", 12));
  }
}
