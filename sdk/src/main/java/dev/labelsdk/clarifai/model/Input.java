package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
@ProtoMessage
public final class Input {


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

  /** Reads an input. */
  @JsonCreator
  static Input read(@JsonProperty("id") String id, @JsonProperty("data") Data data,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("modified_at") Instant modifiedAt, @JsonProperty("status") Status status,
      @JsonProperty("dataset_ids") List<String> datasetIds,
      @JsonAnySetter Map<String, JsonNode> additionalProperties) {
    Builder b = builder().id(id);
    if (data != null) {
      b.data = data.toBuilder();
    }
    b.createdAt = createdAt;
    b.modifiedAt = modifiedAt;
    b.status = status;
    b.datasetIds.addAll(datasetIds == null ? List.of() : datasetIds);
    b.additionalProperties = Extras.adopt(additionalProperties);
    return b.build();
  }

  /** Parses an input. */
  public static Input fromJson(JsonNode json) {
    return JsonSupport.convert(json, Input.class);
  }

  /** The input id ({@code ""} on a request without one). */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** The media, labels and metadata. */
  public Data data() {
    return data;
  }

  /** When the input was stored. */
  @JsonProperty("created_at")
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** When the input last changed. */
  @JsonProperty("modified_at")
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(modifiedAt);
  }

  /**
   * {@link StatusCode#INPUT_SUCCESS} once stored; in a {@link BatchResult}, the error of an
   * input that was not stored.
   */
  @JsonProperty("status")
  public Optional<Status> status() {
    return Optional.ofNullable(status);
  }

  /** The datasets the input belongs to. */
  @JsonProperty("dataset_ids")
  public List<String> datasetIds() {
    return datasetIds;
  }

  /** Keys this SDK does not model, as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
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
    return JsonSupport.toJson(this);
  }

  @JsonProperty("data")
  private Data dataIfAny() {
    return data.isEmpty() ? null : data;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Input other && id.equals(other.id) && data.equals(other.data)
        && Objects.equals(createdAt, other.createdAt)
        && Objects.equals(modifiedAt, other.modifiedAt) && Objects.equals(status, other.status)
        && datasetIds.equals(other.datasetIds)
        && additionalProperties.equals(other.additionalProperties);
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
      this.additionalProperties = Extras.with(additionalProperties, key, value);
      return this;
    }

    /** The immutable input. */
    public Input build() {
      return new Input(this);
    }
  }
}
