package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A region of an input: a bounding box or a polygon, with the concepts found in it. Immutable.
 *
 * <pre>{@code
 * Region.box(BoundingBox.of(0.1, 0.1, 0.5, 0.4), Concept.of("car"))
 * Region.polygon(List.of(Point.of(0.1, 0.1), Point.of(0.1, 0.5), Point.of(0.4, 0.3)),
 *     Concept.of("roof"))
 * }</pre>
 */
public final class Region {

  private static final Set<String> KNOWN = Set.of("id", "region_info", "data");
  private static final Set<String> KNOWN_INFO = Set.of("bounding_box", "polygon");
  private static final Set<String> KNOWN_DATA = Set.of("concepts");

  private final String id;
  private final BoundingBox boundingBox;
  private final List<Point> polygon;
  private final List<Concept> concepts;
  private final Map<String, JsonNode> infoExtras;
  private final Map<String, JsonNode> dataExtras;
  private final Map<String, JsonNode> additionalProperties;

  private Region(String id, BoundingBox boundingBox, List<Point> polygon, List<Concept> concepts,
      Map<String, JsonNode> infoExtras, Map<String, JsonNode> dataExtras,
      Map<String, JsonNode> additionalProperties) {
    this.id = id;
    this.boundingBox = boundingBox;
    this.polygon = polygon;
    this.concepts = concepts;
    this.infoExtras = infoExtras;
    this.dataExtras = dataExtras;
    this.additionalProperties = additionalProperties;
  }

  /** A box region with its concepts (the server gives it an id). */
  public static Region box(BoundingBox box, Concept... concepts) {
    if (box == null) {
      throw new IllegalArgumentException("box must not be null");
    }
    return new Region("", box, List.of(), List.of(concepts), Map.of(), Map.of(), Map.of());
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
    return new Region("", null, List.copyOf(points), List.of(concepts), Map.of(), Map.of(),
        Map.of());
  }

  /** Parses a region. */
  public static Region fromJson(JsonNode json) {
    Wire w = Wire.of(json, "region");
    Wire info = w.wire("region_info");
    Wire data = w.wire("data");
    BoundingBox box = null;
    List<Point> points = List.of();
    Map<String, JsonNode> infoExtras = Map.of();
    if (info != null) {
      ObjectNode boxNode = info.object("bounding_box");
      box = boxNode == null ? null : BoundingBox.fromJson(boxNode);
      Wire polygon = info.wire("polygon");
      points = polygon == null ? List.of() : polygon.list("points", Point::fromJson);
      infoExtras = info.extras(KNOWN_INFO);
    }
    return new Region(w.string("id"), box, points,
        data == null ? List.of() : data.list("concepts", Concept::fromJson), infoExtras,
        data == null ? Map.of() : data.extras(KNOWN_DATA), w.extras(KNOWN));
  }

  /** The region id ({@code ""} until the server assigned one). */
  public String id() {
    return id;
  }

  /** This region with an id (to update or remove it with PatchAnnotations). */
  public Region withId(String newId) {
    return new Region(newId == null ? "" : newId, boundingBox, polygon, concepts, infoExtras,
        dataExtras, additionalProperties);
  }

  /** The box, for box regions. */
  public Optional<BoundingBox> boundingBox() {
    return Optional.ofNullable(boundingBox);
  }

  /** The polygon's points (empty for other regions). */
  public List<Point> polygon() {
    return polygon;
  }

  /** The concepts in the region. */
  public List<Concept> concepts() {
    return concepts;
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
  }

  /** The region as the API reads it. */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    Out.text(o, "id", id);
    ObjectNode info = JsonSupport.newObject();
    if (boundingBox != null) {
      info.set("bounding_box", boundingBox.toJson());
    }
    if (!polygon.isEmpty()) {
      ArrayNode points = info.putObject("polygon").putArray("points");
      polygon.forEach(p -> points.add(p.toJson()));
    }
    Out.extras(info, infoExtras);
    if (!info.isEmpty()) {
      o.set("region_info", info);
    }
    ObjectNode data = JsonSupport.newObject();
    Data.putConcepts(data, concepts);
    Out.extras(data, dataExtras);
    if (!data.isEmpty()) {
      o.set("data", data);
    }
    Out.extras(o, additionalProperties);
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Region other && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "Region" + toJson();
  }
}
