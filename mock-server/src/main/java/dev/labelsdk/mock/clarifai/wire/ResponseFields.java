package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The fields a response carries after the envelope's {@code status}: written straight to the
 * generator, and named, so that the envelope can add the list fields a reply left out.
 */
record ResponseFields(Set<String> names, Json.Writer writer) {

  static final ResponseFields NONE = new ResponseFields(Set.of(), g -> { });

  /** The single field {@code name}, whose value {@code value} writes. */
  static ResponseFields field(String name, Json.Writer value) {
    return new ResponseFields(Set.of(name), g -> {
      g.writeFieldName(name);
      value.write(g);
    });
  }

  /** The fields of a JSON tree, in its order. */
  static ResponseFields of(ObjectNode tree) {
    Set<String> names = new LinkedHashSet<>();
    tree.fieldNames().forEachRemaining(names::add);
    return new ResponseFields(names, g -> {
      for (Map.Entry<String, JsonNode> e : tree.properties()) {
        g.writeFieldName(e.getKey());
        g.writeTree(e.getValue());
      }
    });
  }
}
