package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An input: an image, video or text to label (spec §3.7). Immutable.
 *
 * <pre>{@code
 * Input.image("in1", "https://example.com/lake.jpg")
 * Input.text("in2", "A lake in the mountains")
 * Input.builder().id("in3").imageUrl(url).datasetIds("lakes").metadata(Map.of("batch", 7)).build()
 * }</pre>
 *
 * <p>Give inputs your own ids: the server would generate them otherwise, and a create whose
 * answer is lost can only be retried safely when every input has a client-set id.
 */
public final class Input {

  private static final Set<String> KNOWN =
      Set.of("id", "data", "created_at", "modified_at", "status", "dataset_ids");

  private final String id;
  private final Data data;
  private final Instant createdAt;
  private final Instant modifiedAt;
  private final Status status;
  private final List<String> datasetIds;
  private final Map<String, JsonNode> additionalProperties;

  private Input(Builder b) {
    this.id = b.id;
    this.data = b.data.build();
    this.createdAt = b.createdAt;
    this.modifiedAt = b.modifiedAt;
    this.status = b.status;
    this.datasetIds = List.copyOf(b.datasetIds);
    this.additionalProperties = b.additionalProperties;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** An image input with your id. */
  public static Input image(String id, String url) {
    return builder().id(id).imageUrl(url).build();
  }

  /** A text input with your id. */
  public static Input text(String id, String raw) {
    return builder().id(id).text(raw).build();
  }

  /**
   * Parses an input.
   *
   * @throws IllegalArgumentException if it is not an object or a value has the wrong type
   */
  public static Input fromJson(JsonNode json) {
    Wire w = Wire.of(json, "input");
    Builder b = builder();
    b.id = w.string("id");
    ObjectNode data = w.object("data");
    if (data != null) {
      b.data = Data.fromJson(data).toBuilder();
    }
    b.createdAt = w.instant("created_at");
    b.modifiedAt = w.instant("modified_at");
    ObjectNode status = w.object("status");
    b.status = status == null ? null : Status.fromJson(status);
    b.datasetIds.addAll(w.strings("dataset_ids"));
    b.additionalProperties = w.extras(KNOWN);
    return b.build();
  }

  /** The input id ({@code ""} on a request without one). */
  public String id() {
    return id;
  }

  /** The media, labels and metadata. */
  public Data data() {
    return data;
  }

  /** When the input was stored. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the input last changed. */
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /**
   * {@link StatusCode#INPUT_SUCCESS} once stored; in a {@link BatchResult}, the error of an
   * input that was not stored.
   */
  public Optional<Status> status() {
    return Optional.ofNullable(status);
  }

  /** The datasets the input belongs to. */
  public List<String> datasetIds() {
    return datasetIds;
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
  }

  /** A builder with this input's values. */
  public Builder toBuilder() {
    Builder b = builder();
    b.id = id;
    b.data = data.toBuilder();
    b.createdAt = createdAt;
    b.modifiedAt = modifiedAt;
    b.status = status;
    b.datasetIds.addAll(datasetIds);
    b.additionalProperties = additionalProperties;
    return b;
  }

  /** The input as JSON (what PostInputs sends: the id, data and dataset ids). */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    Out.text(o, "id", id);
    ObjectNode dataJson = data.toJson();
    if (!dataJson.isEmpty()) {
      o.set("data", dataJson);
    }
    Out.time(o, "created_at", createdAt);
    Out.time(o, "modified_at", modifiedAt);
    if (status != null) {
      o.set("status", status.toJson());
    }
    Out.strings(o, "dataset_ids", datasetIds);
    Out.extras(o, additionalProperties);
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Input other && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, data);
  }

  @Override
  public String toString() {
    return "Input" + toJson();
  }

  /** Builds an {@link Input}. */
  public static final class Builder {
    private String id = "";
    private Data.Builder data = Data.builder();
    private Instant createdAt;
    private Instant modifiedAt;
    private Status status;
    private final List<String> datasetIds = new ArrayList<>();
    private Map<String, JsonNode> additionalProperties = Map.of();

    private Builder() {}

    /** Your id for the input (recommended; see {@link Input}). */
    public Builder id(String value) {
      this.id = value == null ? "" : value;
      return this;
    }

    /** An image by URL. */
    public Builder imageUrl(String url) {
      data.imageUrl(url);
      return this;
    }

    /** A video by URL. */
    public Builder videoUrl(String url) {
      data.videoUrl(url);
      return this;
    }

    /** Raw text. */
    public Builder text(String raw) {
      data.text(raw);
      return this;
    }

    /**
     * Labels for the whole input. The server stores them as an approved input-level
     * annotation by the caller.
     */
    public Builder concepts(Concept... values) {
      data.concepts(values);
      return this;
    }

    /** Your key/value data. */
    public Builder metadata(Map<String, ?> values) {
      data.metadata(values);
      return this;
    }

    /** Your key/value data. */
    public Builder metadata(JsonObject values) {
      data.metadata(values);
      return this;
    }

    /** Replaces all data (media, labels, metadata) at once. */
    public Builder data(Data value) {
      this.data = Objects.requireNonNull(value, "data").toBuilder();
      return this;
    }

    /** Adds the input to these datasets (they must exist). */
    public Builder datasetIds(String... ids) {
      datasetIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** A key this SDK does not model (sent as given). */
    public Builder additionalProperty(String key, JsonNode value) {
      this.additionalProperties = Out.with(additionalProperties, key, value);
      return this;
    }

    /** The immutable input. */
    public Input build() {
      return new Input(this);
    }
  }
}
