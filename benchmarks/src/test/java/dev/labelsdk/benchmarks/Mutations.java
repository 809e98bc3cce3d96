package dev.labelsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * The bad-input generator of the corpus tests: truncations, random bytes, the wrong JSON type
 * for every field (huge strings included), missing fields, deep nesting, invalid UTF-8.
 */
final class Mutations {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Mutations() {}

  /** Broken variants of a valid JSON body (about 40 for an object with a few fields). */
  static List<byte[]> of(String valid, Random random) throws Exception {
    List<byte[]> out = new ArrayList<>();
    byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < 6 && bytes.length > 1; i++) {
      out.add(java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length))); // truncated
      byte[] flipped = bytes.clone();
      flipped[random.nextInt(flipped.length)] = (byte) random.nextInt(256); // one random byte
      out.add(flipped);
    }
    out.add(("[" + valid + "]").getBytes(StandardCharsets.UTF_8));
    out.add("\"just a string\"".getBytes(StandardCharsets.UTF_8));
    out.add("12345".getBytes(StandardCharsets.UTF_8));
    out.add(("{\"deep\":" + "[".repeat(3000) + "]".repeat(3000) + "}").getBytes(StandardCharsets.UTF_8));
    out.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'});
    JsonNode tree = valid.isEmpty() ? null : JSON.readTree(valid);
    if (tree != null && tree.isObject()) {
      List<JsonNode> wrongTypes = List.of(JSON.readTree("1"), JSON.readTree("\"s\""), JSON.readTree("true"),
          JSON.readTree("null"), JSON.readTree("[]"), JSON.readTree("{}"), JSON.readTree("[{}]"),
          JSON.readTree("\"" + "w".repeat(200_000) + "\""));
      for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
        String field = it.next();
        for (JsonNode wrong : wrongTypes) {
          ObjectNode copy = tree.deepCopy();
          copy.set(field, wrong);
          out.add(JSON.writeValueAsBytes(copy));
        }
        ObjectNode without = tree.deepCopy();
        without.remove(field);
        out.add(JSON.writeValueAsBytes(without));
      }
    }
    return out;
  }
}
