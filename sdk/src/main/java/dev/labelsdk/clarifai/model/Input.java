package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
public final class Input extends DataObject<Input.Builder> {

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
    Builder b = builder().read(id, data, status, createdAt, modifiedAt, additionalProperties);
    b.datasetIds.addAll(datasetIds == null ? List.of() : datasetIds);
    return b.build();
  }

  /** Parses an input. */
  public static Input fromJson(JsonNode json) {
    return JsonSupport.convert(json, Input.class);
  }

  /** The datasets the input belongs to. */
  @JsonProperty("dataset_ids")
  public List<String> datasetIds() {
    return values.datasetIds;
  }

  @Override
  List<Object> more() {
    return List.of(values.datasetIds);
  }

  /** Builds an {@link Input}. */
  public static final class Builder extends DataObject.Builder<Builder> {
    private List<String> datasetIds = new ArrayList<>();

    private Builder() {}

    @Override
    protected void copyContainers() {
      datasetIds = new ArrayList<>(datasetIds);
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

    /** Adds the input to these datasets (they must exist). */
    public Builder datasetIds(String... ids) {
      datasetIds.addAll(Arrays.asList(ids));
      return this;
    }

    /** The immutable input. */
    public Input build() {
      return new Input(this);
    }
  }
}
