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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code data} of an input or an annotation (spec §3.6, §3.7): the media (image or video
 * URL, text), input-level {@link #concepts()}, {@link #regions()} and {@link #metadata()}.
 * Immutable; build with {@link #builder()}, or through {@link Input.Builder} and
 * {@link Annotation.Builder}.
 */
@ProtoMessage
public final class Data extends BuiltModel<Data.Builder> {

  /** {@code image}, {@code video} ({@code url}) and {@code text} ({@code raw}). */
  @ProtoMessage
  private record Media(@JsonProperty("url") String url, @JsonProperty("raw") String raw) {

    static Media url(String url) {
      return url.isEmpty() ? null : new Media(url, null);
    }

    static String url(Media media) {
      return media == null || media.url() == null ? "" : media.url();
    }
  }

  /** No media, labels or metadata. */
  static final Data EMPTY = builder().build();

  private Data(Builder b) {
    super(b);
    values.concepts = List.copyOf(values.concepts);
    values.regions = List.copyOf(values.regions);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Reads a data object; a concept without {@code value} is positive. */
  @JsonCreator
  static Data read(@JsonProperty("image") Media image, @JsonProperty("video") Media video,
      @JsonProperty("text") Media text, @JsonProperty("concepts") List<Concept> concepts,
      @JsonProperty("regions") List<Region> regions, @JsonProperty("metadata") JsonObject metadata,
      @JsonAnySetter Map<String, JsonNode> additionalProperties) {
    Builder b = builder();
    b.imageUrl = Media.url(image);
    b.videoUrl = Media.url(video);
    b.text = text == null || text.raw() == null ? "" : text.raw();
    b.concepts.addAll(concepts == null ? List.of() : concepts);
    b.regions.addAll(regions == null ? List.of() : regions);
    b.metadata = Objects.requireNonNullElse(metadata, JsonObject.empty());
    b.additionalProperties = Extras.adopt(additionalProperties);
    return b.build();
  }

  /** Parses a data object; a concept without {@code value} is positive. */
  public static Data fromJson(JsonNode json) {
    return JsonSupport.convert(json, Data.class);
  }

  /** The image URL ({@code ""} when none). */
  public String imageUrl() {
    return values.imageUrl;
  }

  /** The video URL ({@code ""} when none). */
  public String videoUrl() {
    return values.videoUrl;
  }

  /** The raw text ({@code ""} when none). */
  public String text() {
    return values.text;
  }

  /** Input-level labels. */
  @JsonProperty("concepts")
  public List<Concept> concepts() {
    return values.concepts;
  }

  /** The ids of the positive input-level labels, in order. */
  public List<String> positiveConceptIds() {
    return values.concepts.stream().filter(Concept::isPositive).map(Concept::id).toList();
  }

  /** Regions (boxes, polygons) with their labels. */
  @JsonProperty("regions")
  public List<Region> regions() {
    return values.regions;
  }

  /** Your key/value data ({@code {}} when none). */
  @JsonProperty("metadata")
  public JsonObject metadata() {
    return values.metadata;
  }

  /** Keys this SDK does not model ({@code audio}, {@code frames}, ...), as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(values.additionalProperties);
  }

  /** True when nothing is set. */
  public boolean isEmpty() {
    return equals(EMPTY);
  }

  @JsonProperty("image")
  private Media image() {
    return Media.url(values.imageUrl);
  }

  @JsonProperty("video")
  private Media video() {
    return Media.url(values.videoUrl);
  }

  @JsonProperty("text")
  private Media rawText() {
    return values.text.isEmpty() ? null : new Media(null, values.text);
  }

  /** A builder with this data's values. */
  public Builder toBuilder() {
    return builderCopy();
  }

  @Override
  protected List<Object> values() {
    Builder v = values;
    return Arrays.asList(v.imageUrl, v.videoUrl, v.text, v.concepts, v.regions, v.metadata,
        v.additionalProperties);
  }

  /** Builds a {@link Data}. */
  public static final class Builder extends CopyableBuilder<Builder> {
    private String imageUrl = "";
    private String videoUrl = "";
    private String text = "";
    private List<Concept> concepts = new ArrayList<>();
    private List<Region> regions = new ArrayList<>();
    private JsonObject metadata = JsonObject.empty();
    private Map<String, JsonNode> additionalProperties = Map.of();

    private Builder() {}

    @Override
    protected void copyContainers() {
      concepts = new ArrayList<>(concepts);
      regions = new ArrayList<>(regions);
    }

    /** An image by URL. */
    public Builder imageUrl(String url) {
      this.imageUrl = url == null ? "" : url;
      return this;
    }

    /** A video by URL. */
    public Builder videoUrl(String url) {
      this.videoUrl = url == null ? "" : url;
      return this;
    }

    /** Raw text. */
    public Builder text(String raw) {
      this.text = raw == null ? "" : raw;
      return this;
    }

    /** Adds input-level labels. */
    public Builder concepts(Concept... values) {
      return concepts(Arrays.asList(values));
    }

    /** Adds input-level labels. */
    public Builder concepts(Collection<Concept> values) {
      values.forEach(c -> concepts.add(Objects.requireNonNull(c, "concept")));
      return this;
    }

    /** Adds positive input-level labels by concept id. */
    public Builder conceptIds(String... ids) {
      for (String id : ids) {
        concepts.add(Concept.of(id));
      }
      return this;
    }

    /** Adds regions. */
    public Builder regions(Region... values) {
      for (Region r : values) {
        regions.add(Objects.requireNonNull(r, "region"));
      }
      return this;
    }

    /** Replaces the metadata (a JSON object of your own). */
    public Builder metadata(Map<String, ?> values) {
      this.metadata = JsonObject.of(values);
      return this;
    }

    /** Replaces the metadata. */
    public Builder metadata(JsonObject values) {
      this.metadata = Objects.requireNonNull(values, "metadata");
      return this;
    }

    /** A key this SDK does not model (sent as given). */
    public Builder additionalProperty(String key, JsonNode value) {
      this.additionalProperties = Extras.with(additionalProperties, key, value);
      return this;
    }

    /** The immutable data. */
    public Data build() {
      return new Data(this);
    }
  }
}
