package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The subset of Clarifai search a saved search may use (spec §7.7, mock choice): ANDed
 * {@code filters}, each on the input id, its datasets, its metadata, or a concept of an
 * approved (24150) annotation, each optionally negated. Anything else is 11102.
 */
public final class SearchQuery {

  private interface Filter {
    boolean matches(Input input, Collection<Annotation> annotations);
  }

  private final List<Filter> filters;

  private SearchQuery(List<Filter> filters) {
    this.filters = filters;
  }

  /** Parses {@code query} (null: match everything); 11102 "unsupported query" otherwise. */
  public static SearchQuery parse(JsonNode query) {
    List<Filter> out = new ArrayList<>();
    if (query == null || query.isNull()) {
      return new SearchQuery(out);
    }
    if (!query.isObject()) {
      throw unsupported("the query must be an object");
    }
    for (Map.Entry<String, JsonNode> field : query.properties()) {
      if (!field.getKey().equals("filters")) {
        throw unsupported("only \"filters\" are supported, not \"" + field.getKey() + "\"");
      }
    }
    JsonNode filters = query.get("filters");
    if (filters == null || filters.isNull()) {
      return new SearchQuery(out);
    }
    if (!filters.isArray()) {
      throw unsupported("\"filters\" must be a list");
    }
    for (JsonNode f : filters) {
      out.add(filter(f));
    }
    return new SearchQuery(out);
  }

  /** Whether {@code input}, whose annotations are given, matches every filter. */
  public boolean matches(Input input, Collection<Annotation> annotations) {
    for (Filter f : filters) {
      if (!f.matches(input, annotations)) {
        return false;
      }
    }
    return true;
  }

  private static Filter filter(JsonNode f) {
    if (!f.isObject()) {
      throw unsupported("each filter must be an object");
    }
    onlyKeys(f, Set.of("input", "annotation", "negate"), "a filter");
    boolean negate = f.path("negate").asBoolean(false);
    List<Filter> parts = new ArrayList<>();
    if (f.hasNonNull("input")) {
      parts.addAll(inputFilters(f.get("input")));
    }
    if (f.hasNonNull("annotation")) {
      parts.addAll(annotationFilters(f.get("annotation")));
    }
    if (parts.isEmpty()) {
      throw unsupported("a filter needs \"input\" or \"annotation\"");
    }
    return (input, annotations) -> negate != parts.stream().allMatch(p -> p.matches(input, annotations));
  }

  private static List<Filter> inputFilters(JsonNode in) {
    onlyKeys(in, Set.of("id", "dataset_ids", "data"), "an input filter");
    List<Filter> parts = new ArrayList<>();
    if (in.hasNonNull("id")) {
      String id = in.get("id").asText();
      parts.add((input, a) -> input.id().equals(id));
    }
    if (in.hasNonNull("dataset_ids")) {
      List<String> ids = new ArrayList<>();
      in.get("dataset_ids").forEach(d -> ids.add(d.asText()));
      parts.add((input, a) -> input.datasetIds().stream().anyMatch(ids::contains));
    }
    if (in.hasNonNull("data")) {
      JsonNode data = in.get("data");
      onlyKeys(data, Set.of("metadata"), "an input data filter");
      JsonNode wanted = data.get("metadata");
      if (wanted != null && wanted.isObject()) {
        parts.add((input, a) -> metadataMatches(input.data().get("metadata"), wanted));
      }
    }
    return parts;
  }

  private static boolean metadataMatches(JsonNode actual, JsonNode wanted) {
    for (Map.Entry<String, JsonNode> e : wanted.properties()) {
      JsonNode v = actual == null ? null : actual.get(e.getKey());
      if (v == null || !Json.canonical(v).equals(Json.canonical(e.getValue()))) {
        return false;
      }
    }
    return true;
  }

  private static List<Filter> annotationFilters(JsonNode an) {
    onlyKeys(an, Set.of("data"), "an annotation filter");
    JsonNode data = an.path("data");
    onlyKeys(data, Set.of("concepts"), "an annotation data filter");
    List<Filter> parts = new ArrayList<>();
    for (JsonNode c : data.path("concepts")) {
      String id = c.path("id").asText();
      boolean positive = c.path("value").asDouble(1.0) > 0;
      parts.add((input, annotations) -> annotations.stream().anyMatch(a ->
          a.status() == StatusCode.ANNOTATION_SUCCESS && hasConcept(a, id, positive)));
    }
    return parts;
  }

  private static boolean hasConcept(Annotation a, String id, boolean positive) {
    for (JsonNode c : a.data().path("concepts")) {
      if (c.path("id").asText().equals(id) && (c.path("value").asDouble(1.0) > 0) == positive) {
        return true;
      }
    }
    return false;
  }

  private static void onlyKeys(JsonNode node, Set<String> allowed, String what) {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    if (!node.isObject()) {
      throw unsupported(what + " must be an object");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!allowed.contains(e.getKey())) {
        throw unsupported(what + " cannot use \"" + e.getKey() + "\"");
      }
    }
  }

  private static ClarifaiError unsupported(String why) {
    return ClarifaiError.invalid("unsupported query: " + why);
  }
}
