package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A region of an input: a bounding box or a polygon, with the concepts found in it. Immutable.
 *
 * <pre>{@code
 * Region.box(BoundingBox.of(0.1, 0.1, 0.5, 0.4), Concept.of("car"))
 * Region.polygon(List.of(Point.of(0.1, 0.1), Point.of(0.1, 0.5), Point.of(0.4, 0.3)),
 *     Concept.of("roof"))
 * }</pre>
 */
@ProtoMessage
public final class Region {

  /** {@code region_info}: the shape. */
  @ProtoMessage
  private record Info(@JsonProperty("bounding_box") BoundingBox boundingBox,
      @JsonProperty("polygon") Polygon polygon,
      @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extras) {

    Info {
      extras = Extras.adopt(extras);
    }
  }

  /** {@code polygon}. */
  private record Polygon(@JsonProperty("points") List<Point> points) {}

  /** {@code data}: the region's labels. */
  @ProtoMessage
  private record Labels(@JsonProperty("concepts") List<Concept> concepts,
      @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extras) {

    Labels {
      concepts = concepts == null ? List.of() : List.copyOf(concepts);
      extras = Extras.adopt(extras);
    }
  }

  private static final Info NO_INFO = new Info(null, null, Map.of());
  private static final Labels NO_LABELS = new Labels(List.of(), Map.of());

  private final String id;
  private final Info info;
  private final Labels labels;
  private final Map<String, JsonNode> additionalProperties;

  private Region(String id, Info info, Labels labels, Map<String, JsonNode> additionalProperties) {
    this.id = id;
    this.info = info;
    this.labels = labels;
    this.additionalProperties = additionalProperties;
  }

  /** A box region with its concepts (the server gives it an id). */
  public static Region box(BoundingBox box, Concept... concepts) {
    if (box == null) {
      throw new IllegalArgumentException("box must not be null");
    }
    return new Region("", new Info(box, null, Map.of()), new Labels(List.of(concepts), Map.of()),
        Map.of());
  }

  /**
   * A polygon region with its concepts.
   *
   * @throws IllegalArgumentException with fewer than 3 points (the server would reject it)
   */
  public static Region polygon(List<Point> points, Concept... concepts) {
    if (points.size() < 3) {
      throw new IllegalArgumentException("a polygon needs at least 3 points but has "
          + points.size());
    }
    return new Region("", new Info(null, new Polygon(List.copyOf(points)), Map.of()),
        new Labels(List.of(concepts), Map.of()), Map.of());
  }

  /** Reads a region. */
  @JsonCreator
  static Region read(@JsonProperty("id") String id, @JsonProperty("region_info") Info info,
      @JsonProperty("data") Labels labels,
      @JsonAnySetter Map<String, JsonNode> additionalProperties) {
    return new Region(Objects.requireNonNullElse(id, ""),
        Objects.requireNonNullElse(info, NO_INFO), Objects.requireNonNullElse(labels, NO_LABELS),
        Extras.adopt(additionalProperties));
  }

  /** Parses a region. */
  public static Region fromJson(JsonNode json) {
    return JsonSupport.convert(json, Region.class);
  }

  /** The region id ({@code ""} until the server assigned one). */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /** This region with an id (to update or remove it with PatchAnnotations). */
  public Region withId(String newId) {
    return new Region(newId == null ? "" : newId, info, labels, additionalProperties);
  }

  /** The box, for box regions. */
  public Optional<BoundingBox> boundingBox() {
    return Optional.ofNullable(info.boundingBox());
  }

  /** The polygon's points (empty for other regions). */
  public List<Point> polygon() {
    return info.polygon() == null || info.polygon().points() == null ? List.of()
        : info.polygon().points();
  }

  /** The concepts in the region. */
  public List<Concept> concepts() {
    return labels.concepts();
  }

  /** Keys this SDK does not model, as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  @JsonProperty("region_info")
  private Info info() {
    return info.equals(NO_INFO) ? null : info;
  }

  @JsonProperty("data")
  private Labels labels() {
    return labels.equals(NO_LABELS) ? null : labels;
  }

  /** The region as the API reads it. */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region other && id.equals(other.id) && info.equals(other.info)
        && labels.equals(other.labels) && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, info, labels);
  }

  @Override
  public String toString() {
    return "Region" + toJson();
  }
}
