package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.util.Map;

/**
 * One condition of a {@link SearchQuery}: on the input itself, or on its approved labels.
 * Immutable.
 */
public final class SearchFilter {

  private final ObjectNode json;

  private SearchFilter(ObjectNode json) {
    this.json = json;
  }

  /** The input with this id. */
  public static SearchFilter inputId(String inputId) {
    ObjectNode o = JsonSupport.newObject();
    o.putObject("input").put("id", requireId(inputId, "input id"));
    return new SearchFilter(o);
  }

  /** Inputs of this dataset. */
  public static SearchFilter dataset(String datasetId) {
    ObjectNode o = JsonSupport.newObject();
    o.putObject("input").putArray("dataset_ids").add(requireId(datasetId, "dataset id"));
    return new SearchFilter(o);
  }

  /** Inputs whose metadata has these keys with these values. */
  public static SearchFilter metadata(Map<String, ?> values) {
    ObjectNode o = JsonSupport.newObject();
    o.putObject("input").putObject("data").set("metadata", JsonObject.of(values).toNode());
    return new SearchFilter(o);
  }

  /** Inputs with an approved label of this concept. */
  public static SearchFilter concept(String conceptId) {
    return annotatedWith(Concept.of(conceptId));
  }

  /** Inputs with an approved label for this concept at its value (0.0 for a negative). */
  public static SearchFilter annotatedWith(Concept concept) {
    ObjectNode o = JsonSupport.newObject();
    o.putObject("annotation").putObject("data").putArray("concepts").add(JsonSupport.newObject()
        .put("id", concept.id()).put("value", concept.value()));
    return new SearchFilter(o);
  }

  /** The opposite condition. */
  public SearchFilter negate() {
    ObjectNode o = json.deepCopy();
    o.put("negate", !o.path("negate").asBoolean(false));
    return new SearchFilter(o);
  }

  /** The filter as the API reads it. */
  public ObjectNode toJson() {
    return json.deepCopy();
  }

  private static String requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("the " + what + " must not be blank");
    }
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SearchFilter other && json.equals(other.json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "SearchFilter" + json;
  }
}
