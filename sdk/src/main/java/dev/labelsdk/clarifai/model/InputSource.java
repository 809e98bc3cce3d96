package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.Objects;

/**
 * Where a task takes its inputs from (spec §3.3, §7.7). The server snapshots the inputs when
 * the task is created: inputs added later do not join the task. Immutable.
 */
@ProtoMessage
@JsonDeserialize(builder = InputSource.Reader.class)
public final class InputSource {

  private static final InputSource ALL = new InputSource(InputSourceType.ALL_INPUTS, "");

  private final InputSourceType type;
  private final String id;

  private InputSource(InputSourceType type, String id) {
    this.type = type;
    this.id = id;
  }

  /** Every input of the app. */
  public static InputSource allInputs() {
    return ALL;
  }

  /** The inputs of a dataset. */
  public static InputSource dataset(String datasetId) {
    return new InputSource(InputSourceType.DATASET, requireId(datasetId, "dataset id"));
  }

  /** The inputs a saved search matches (see {@code searches()}). */
  public static InputSource savedSearch(String searchId) {
    return new InputSource(InputSourceType.SAVED_SEARCH, requireId(searchId, "saved search id"));
  }

  /** Any source type, for types without a factory. */
  public static InputSource of(InputSourceType type, String id) {
    return new InputSource(Objects.requireNonNull(type, "type"), id == null ? "" : id);
  }

  /** Reads a TaskInputSource. A Jackson builder (see {@link Task}). */
  @JsonPOJOBuilder(buildMethodName = "inputSource")
  static final class Reader {
    @JsonProperty("type") private InputSourceType type;
    @JsonProperty("id") private String id;

    InputSource inputSource() {
      return of(Objects.requireNonNullElse(type, InputSourceType.INPUT_SOURCE_TYPE_NOT_SET), id);
    }
  }

  /** Parses a TaskInputSource. */
  public static InputSource fromJson(JsonNode json) {
    return JsonSupport.convert(json, InputSource.class);
  }

  /** The source type. */
  @JsonProperty("type")
  public InputSourceType type() {
    return type;
  }

  /** The dataset or saved-search id ({@code ""} for all inputs). */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** {@code {"type": "DATASET", "id": "..."}}. */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  private static String requireId(String id, String what) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("the " + what + " must not be blank");
    }
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InputSource other && type.equals(other.type) && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, id);
  }

  @Override
  public String toString() {
    return id.isEmpty() ? type.toString() : type + "(" + id + ")";
  }
}
