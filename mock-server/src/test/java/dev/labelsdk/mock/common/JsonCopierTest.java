package dev.labelsdk.mock.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value copied from the token stream is the text its parsed tree gives, and is bounds-checked. */
class JsonCopierTest {

  private static final List<String> VALUES = List.of(
      "{\"a\":1.10,\"b\":1e5,\"c\":-0,\"d\":-0.0,\"e\":0.0000001,\"f\":123456789012345678901234567890}",
      "[1E+5, 2.50e-3, -7, 9223372036854775807, 9223372036854775808, 1e1000]",
      "{ \"s\" : \"tab\\t quote\\\" slash\\/ back\\\\ nl\\n \\u0001 \\u00e9 \u00e9 \\ud83d\\ude00 \u2028\" }",
      "{\"nested\":{\"deep\":[[],{},[{\"x\":null}],true,false]},\"empty\":\"\"}",
      "\"just a string\"", "42", "null", "true", "{}", "[]");

  @Test
  void aCopyIsTheCompactTextOfTheParsedTree() throws IOException {
    JsonCopier copier = new JsonCopier();
    List<String> copies = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    try (JsonParser p = Json.MAPPER.createParser("[" + String.join(",", VALUES) + "]")) {
      p.nextToken();
      while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
        copies.add(copier.copy(p, p.getParsingContext()));
      }
    }
    for (String v : VALUES) {
      expected.add(Json.compact(Json.tree(v)));
    }
    assertThat(copies).isEqualTo(expected); // one copier, many values: each copy stands alone
  }

  @Test
  void aLoneSurrogateOrAHugeExponentIsRefusedWithThePathFindGives() throws IOException {
    for (String bad : List.of("{\"a\":{\"b\":[\"x\",\"y\\ud800\"]}}", "{\"a\":[{\"n\":1e1001}]}")) {
      JsonBounds.Problem viaTree = JsonBounds.find(Json.MAPPER.readTree(bad));
      try (JsonParser p = Json.MAPPER.createParser("[" + bad + "]")) {
        p.nextToken();
        p.nextToken();
        JsonParser at = p;
        assertThatThrownBy(() -> new JsonCopier().copy(at, at.getParsingContext().getParent()))
            .isInstanceOfSatisfying(JsonBounds.OutOfBounds.class,
                e -> assertThat(e.problem().describe()).isEqualTo(viaTree.describe()));
      }
    }
  }
}
