package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one worker said about one input, as consensus compares it (spec §8.5): the positive
 * concepts of their input-level annotations, and the boxes of their regions per positive
 * region concept (in region order).
 */
record UnitLabels(Set<String> concepts, Map<String, List<Box>> regions) {

  static UnitLabels of(List<Annotation> annotations) {
    Set<String> concepts = new TreeSet<>();
    Map<String, List<Box>> regions = new LinkedHashMap<>();
    for (Annotation a : annotations) {
      if (a.inputLevel()) {
        concepts.addAll(positiveConcepts(a.data()));
        continue;
      }
      for (JsonNode region : a.data().path("regions")) {
        Box box = Box.ofRegion(region);
        if (box == null) {
          continue; // (mock choice) a region without geometry is not compared
        }
        for (String c : positiveConcepts(region.path("data"))) {
          regions.computeIfAbsent(c, k -> new ArrayList<>()).add(box);
        }
      }
    }
    return new UnitLabels(concepts, regions);
  }

  /** Concept ids with {@code value > 0}; negatives are ignored. */
  static Set<String> positiveConcepts(JsonNode data) {
    Set<String> out = new TreeSet<>();
    for (JsonNode c : data.path("concepts")) {
      if (c.path("value").asDouble(1.0) > 0) {
        out.add(c.path("id").asText());
      }
    }
    return out;
  }
}
