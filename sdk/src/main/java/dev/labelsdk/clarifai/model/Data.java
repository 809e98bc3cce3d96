package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@code data} of an input or an annotation (spec §3.6, §3.7): the media (image or video
 * URL, text), input-level {@link #concepts()}, {@link #regions()} and {@link #metadata()}.
 * Immutable; build with {@link #builder()}, or through {@link Input.Builder} and
 * {@link Annotation.Builder}.
 */
public final class Data {

  private static final Set<String> KNOWN =
      Set.of("image", "video", "text", "concepts", "regions", "metadata");

  private final String imageUrl;
  private final String videoUrl;
  private final String text;
  private final List<Concept> concepts;
  private final List<Region> regions;
  private final JsonObject metadata;
  private final Map<String, JsonNode> additionalProperties;

  private Data(Builder b) {
    this.imageUrl = b.imageUrl;
    this.videoUrl = b.videoUrl;
    this.text = b.text;
    this.concepts = List.copyOf(b.concepts);
    this.regions = List.copyOf(b.regions);
    this.metadata = b.metadata;
    this.additionalProperties = b.additionalProperties;
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Parses a data object; a concept without {@code value} is positive. */
  public static Data fromJson(JsonNode json) {
    Wire w = Wire.of(json, "data");
    Builder b = builder();
    Wire image = w.wire("image");
    b.imageUrl = image == null ? "" : image.string("url");
    Wire video = w.wire("video");
    b.videoUrl = video == null ? "" : video.string("url");
    Wire text = w.wire("text");
    b.text = text == null ? "" : text.string("raw");
    b.concepts.addAll(w.list("concepts", Concept::fromJson));
    b.regions.addAll(w.list("regions", Region::fromJson));
    b.metadata = w.struct("metadata");
    b.additionalProperties = w.extras(KNOWN); // fresh parse: adopted, not copied
    return b.build();
  }

  /** The image URL ({@code ""} when none). */
  public String imageUrl() {
    return imageUrl;
  }

  /** The video URL ({@code ""} when none). */
  public String videoUrl() {
    return videoUrl;
  }

  /** The raw text ({@code ""} when none). */
  public String text() {
    return text;
  }

  /** Input-level labels. */
  public List<Concept> concepts() {
    return concepts;
  }

  /** The ids of the positive input-level labels, in order. */
  public List<String> positiveConceptIds() {
    return concepts.stream().filter(Concept::isPositive).map(Concept::id).toList();
  }

  /** Regions (boxes, polygons) with their labels. */
  public List<Region> regions() {
    return regions;
  }

  /** Your key/value data ({@code {}} when none). */
  public JsonObject metadata() {
    return metadata;
  }

  /** Keys this SDK does not model ({@code audio}, {@code frames}, ...), as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
  }

  /** True when nothing is set. */
  public boolean isEmpty() {
    return toJson().isEmpty();
  }

  /** A builder with this data's values. */
  public Builder toBuilder() {
    Builder b = builder();
    b.imageUrl = imageUrl;
    b.videoUrl = videoUrl;
    b.text = text;
    b.concepts.addAll(concepts);
    b.regions.addAll(regions);
    b.metadata = metadata;
    b.additionalProperties = additionalProperties;
    return b;
  }

  /** The data as the API reads it; every concept carries its value. */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    if (!imageUrl.isEmpty()) {
      o.putObject("image").put("url", imageUrl);
    }
    if (!videoUrl.isEmpty()) {
      o.putObject("video").put("url", videoUrl);
    }
    if (!text.isEmpty()) {
      o.putObject("text").put("raw", text);
    }
    putConcepts(o, concepts);
    if (!regions.isEmpty()) {
      ArrayNode array = o.putArray("regions");
      regions.forEach(r -> array.add(r.toJson()));
    }
    if (!metadata.isEmpty()) {
      o.set("metadata", metadata.toNode());
    }
    Out.extras(o, additionalProperties);
    return o;
  }

  static void putConcepts(ObjectNode o, List<Concept> concepts) {
    if (!concepts.isEmpty()) {
      ArrayNode array = o.putArray("concepts");
      concepts.forEach(c -> array.add(c.toJson()));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Data other && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "Data" + toJson();
  }

  /** Builds {@link Data}. */
  public static final class Builder {
    private String imageUrl = "";
    private String videoUrl = "";
    private String text = "";
    private final List<Concept> concepts = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private JsonObject metadata = JsonObject.empty();
    private Map<String, JsonNode> additionalProperties = Map.of();

    private Builder() {}

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
      this.additionalProperties = Out.with(additionalProperties, key, value);
      return this;
    }

    /** The immutable data. */
    public Data build() {
      return new Data(this);
    }
  }
}
