package dev.labelsdk.mock.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The values {@link Json#parse} refuses although they are JSON: lone surrogates, huge exponents. */
class JsonBoundsTest {

  private static JsonBounds.Problem problemIn(String json) {
    try {
      Json.parse(json.getBytes(StandardCharsets.UTF_8));
      return null;
    } catch (JsonBounds.OutOfBounds e) {
      return e.problem();
    } catch (JsonProcessingException e) {
      throw new AssertionError("not a bounds problem: " + e.getOriginalMessage(), e);
    }
  }

  @Test
  void aLoneSurrogateIsFoundAtAnyDepthWithItsPath() {
    assertThat(problemIn("{\"metadata\":{\"note\":\"a\\ud800\"}}"))
        .isEqualTo(new JsonBounds.Problem("metadata.note", "is not valid Unicode: it holds a lone surrogate (\\ud800)"));
    assertThat(problemIn("{\"a\":[1,{\"b\":[[\"ok\",\"\\udfff\"]]}]}").path()).isEqualTo("a[1].b[0][1]");
    assertThat(problemIn("[\"\\ud800\\ud800\\udc00\"]").path()).isEqualTo("[0]");
    assertThat(problemIn("\"x\\udc00\"").describe()).startsWith("the body is not valid Unicode");
  }

  @Test
  void pairedSurrogatesAndOrdinaryTextPass() {
    assertThat(problemIn("{\"e\":\"\\ud83d\\ude00 \u00e9\",\"k\\ud83d\\ude00\":[\"\\ud83d\\ude00\"]}")).isNull();
  }

  @Test
  void aKeyWithALoneSurrogateIsNamedByItsParent() {
    ObjectNode tree = Json.MAPPER.createObjectNode();
    tree.putObject("metadata").put("bad\uD800key", 1);
    assertThat(JsonBounds.find(tree))
        .isEqualTo(new JsonBounds.Problem("metadata", "has a key that is not valid Unicode: it holds a lone surrogate (\\ud800)"));
  }

  @Test
  void longKeysAreCutInPathsWithoutSplittingAPair() {
    String key = "k".repeat(63) + "\uD83D\uDE00" + "tail";
    ObjectNode tree = Json.MAPPER.createObjectNode();
    tree.putObject(key).put("x", "\uDC00");
    String path = JsonBounds.find(tree).path();
    assertThat(path).isEqualTo("k".repeat(63) + "....x");
    assertThat(Json.bytes(Json.MAPPER.getNodeFactory().textNode(path))).isNotEmpty(); // writable as UTF-8
  }

  @Test
  void exponentsBeyondAThousandAreRefusedWhateverTheDigits() {
    for (String huge : new String[] {"1e999999999", "-1E-999999999", "0e999999999", "1e1001", "12.5e1000", "1e-1001"}) {
      assertThat(problemIn("{\"a\":" + huge + "}")).as(huge)
          .isEqualTo(new JsonBounds.Problem("a", "is a number out of range: its exponent must be within -1000 and 1000"));
    }
    for (String fine : new String[] {"1e1000", "1.5e999", "9.99e-1000", "1.10e-999", "0.0", "-0", "1" + "0".repeat(999)}) {
      assertThat(problemIn("{\"a\":" + fine + "}")).as(fine).isNull();
    }
  }

  @Test
  void numbersLongerThanTheLimitAreRefusedByTheParser() {
    assertThatThrownBy(() -> Json.parse(("[1" + "0".repeat(1000) + "]").getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(JsonProcessingException.class)
        .isNotInstanceOf(JsonBounds.OutOfBounds.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void canonicalFormStaysShortForLargeExponents() {
    assertThat(Json.canonical(Json.tree("{\"a\":1e1000,\"b\":10.0,\"c\":100}"))).isEqualTo("{\"a\":1E+1000,\"b\":1E+1,\"c\":1E+2}");
    assertThat(Json.canonical(Json.tree("[1.50,0.0,7]"))).isEqualTo("[1.5,0,7]");
  }
}
