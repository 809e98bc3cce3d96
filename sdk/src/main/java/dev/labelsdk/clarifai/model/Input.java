package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.BuiltModel;
import dev.labelsdk.core.CopyableBuilder;
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
import java.util.function.UnaryOperator;

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
public final class Input extends BuiltModel<Input.Builder> {
  private Input(Builder b) {
    super(b);
    values.datasetIds = List.copyOf(values.datasetIds);
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
    b.data = Objects.requireNonNullElse(data, b.data);
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
    return values.id;
  }

  /** The media, labels and metadata. */
  public Data data() {
    return values.data;
  }

  /** When the input was stored. */
  @JsonProperty("created_at")
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(values.createdAt);
  }

  /** When the input last changed. */
  @JsonProperty("modified_at")
  public Optional<Instant> modifiedAt() {
    return Optional.ofNullable(values.modifiedAt);
  }

  /**
   * {@link StatusCode#INPUT_SUCCESS} once stored; in a {@link BatchResult}, the error of an
   * input that was not stored.
   */
  @JsonProperty("status")
  public Optional<Status> status() {
    return Optional.ofNullable(values.status);
  }

  /** The datasets the input belongs to. */
  @JsonProperty("dataset_ids")
  public List<String> datasetIds() {
    return values.datasetIds;
  }

  /** Keys this SDK does not model, as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(values.additionalProperties);
  }

  /** A builder with this input's values. */
  public Builder toBuilder() {
    return builderCopy();
  }

  @JsonProperty("data")
  private Data dataIfAny() {
    return values.data.isEmpty() ? null : values.data;
  }

  @Override
  protected List<Object> values() {
    Builder v = values;
    return Arrays.asList(v.id, v.data, v.createdAt, v.modifiedAt, v.status, v.datasetIds,
        v.additionalProperties);
  }

  /** Builds an {@link Input}. */
  public static final class Builder extends CopyableBuilder<Builder> {
    private String id = "";
    private Data data = Data.EMPTY;
    private Instant createdAt;
    private Instant modifiedAt;
    private Status status;
    private List<String> datasetIds = new ArrayList<>();
    private Map<String, JsonNode> additionalProperties = Map.of();

    private Builder() {}

    @Override
    protected void copyContainers() {
      datasetIds = new ArrayList<>(datasetIds);
    }

    /** Your id for the input (recommended; see {@link Input}). */
    public Builder id(String value) {
      this.id = value == null ? "" : value;
      return this;
    }

    /** An image by URL. */
    public Builder imageUrl(String url) {
      return data(d -> d.imageUrl(url));
    }

    /** A video by URL. */
    public Builder videoUrl(String url) {
      return data(d -> d.videoUrl(url));
    }

    /** Raw text. */
    public Builder text(String raw) {
      return data(d -> d.text(raw));
    }

    /**
     * Labels for the whole input. The server stores them as an approved input-level
     * annotation by the caller.
     */
    public Builder concepts(Concept... values) {
      return data(d -> d.concepts(values));
    }

    /** Your key/value data. */
    public Builder metadata(Map<String, ?> values) {
      return data(d -> d.metadata(values));
    }

    /** Your key/value data. */
    public Builder metadata(JsonObject values) {
      return data(d -> d.metadata(values));
    }

    /** Replaces all data (media, labels, metadata) at once. */
    public Builder data(Data value) {
      this.data = Objects.requireNonNull(value, "data");
      return this;
    }

    /** Changes the data: a new {@link Data} from {@code change} applied to a copy. */
    private Builder data(UnaryOperator<Data.Builder> change) {
      data = change.apply(data.toBuilder()).build();
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
