package dev.labelsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

/**
 * The bad-input generator of the corpus tests: truncations, random bytes, the wrong JSON type
 * for every field (huge strings included), missing fields, deep nesting, invalid UTF-8, and at
 * every nested position a lone surrogate escape (as a value and as a key) and a number with a
 * huge exponent or too many digits.
 */
final class Mutations {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Replaces a marker string, quotes included, with raw JSON text that no writer would produce. */
  private static final String MARKER = "\"__mutation__\"";

  /** Values that are JSON text but must be refused: lone surrogates, huge exponents, long numbers. */
  private static final List<String> UNSTORABLE = List.of(
      "\"a\\ud800\"", "\"\\udc00z\"", "1e999999999", "-1E-999999999", "9".repeat(1001));

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

  /**
   * Variants of a valid JSON body that every route reading it must refuse: each value at every
   * depth (the body itself too) replaced by each unstorable value, and each object given a key
   * with a lone surrogate. Five per value, one more per object.
   */
  static List<byte[]> unstorable(String valid) throws Exception {
    List<byte[]> out = new ArrayList<>();
    if (valid.isEmpty()) {
      return out;
    }
    JsonNode tree = JSON.readTree(valid);
    List<List<Object>> paths = new ArrayList<>();
    paths.add(List.of());
    collect(tree, new ArrayList<>(), paths);
    for (List<Object> path : paths) {
      String replaced = path.isEmpty() ? MARKER : JSON.writeValueAsString(replace(tree, path));
      for (String value : UNSTORABLE) {
        out.add(replaced.replace(MARKER, value).getBytes(StandardCharsets.UTF_8));
      }
      if (at(tree, path).isObject()) {
        JsonNode copy = tree.deepCopy();
        ((ObjectNode) at(copy, path)).put("__mutation__", 1);
        out.add(JSON.writeValueAsString(copy).replace(MARKER, "\"k\\udbff\"").getBytes(StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** The paths (field names and indexes) of every node below the root. */
  private static void collect(JsonNode node, List<Object> path, List<List<Object>> out) {
    if (node.isObject()) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        List<Object> child = new ArrayList<>(path);
        child.add(name);
        out.add(child);
        collect(node.get(name), child, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        List<Object> child = new ArrayList<>(path);
        child.add(i);
        out.add(child);
        collect(node.get(i), child, out);
      }
    }
  }

  private static JsonNode at(JsonNode root, List<Object> path) {
    JsonNode node = root;
    for (Object step : path) {
      node = step instanceof Integer i ? node.get(i) : node.get((String) step);
    }
    return node;
  }

  /** A copy of {@code root} with the node at {@code path} (not empty) replaced by the marker. */
  private static JsonNode replace(JsonNode root, List<Object> path) {
    JsonNode copy = root.deepCopy();
    JsonNode parent = at(copy, path.subList(0, path.size() - 1));
    Object last = path.get(path.size() - 1);
    JsonNode marker = JSON.getNodeFactory().textNode("__mutation__");
    if (last instanceof Integer i) {
      ((ArrayNode) parent).set(i, marker);
    } else {
      ((ObjectNode) parent).set((String) last, marker);
    }
    return copy;
  }
}
