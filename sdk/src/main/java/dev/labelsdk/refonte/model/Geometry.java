package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of an image annotation task's {@code geometries}: what to draw ({@code box},
 * {@code polygon}, {@code line}, {@code point}, {@code cuboid}) and on which objects. Instances
 * are immutable; every option method returns a new instance.
 *
 * <pre>{@code
 * Geometry.box("car", "pedestrian").minWidth(10).minHeight(10)
 * Geometry.polygon("building").maxVertices(12)
 * }</pre>
 */
public abstract class Geometry {

  private final String kind;
  private final ObjectNode spec;

  Geometry(String kind, ObjectNode spec) {
    this.kind = kind;
    this.spec = spec;
  }

  /** Boxes around each object of these labels. */
  public static BoxGeometry box(String... objectsToAnnotate) {
    return new BoxGeometry(initial(objectsToAnnotate));
  }

  /** Polygons around each object of these labels. */
  public static PolygonGeometry polygon(String... objectsToAnnotate) {
    return new PolygonGeometry(initial(objectsToAnnotate));
  }

  /** Lines (polylines) along each object of these labels. */
  public static LineGeometry line(String... objectsToAnnotate) {
    return new LineGeometry(initial(objectsToAnnotate));
  }

  /** A point on each object of these labels. */
  public static PointGeometry point(String... objectsToAnnotate) {
    return new PointGeometry(initial(objectsToAnnotate));
  }

  /** 3D cuboids around each object of these labels. */
  public static CuboidGeometry cuboid(String... objectsToAnnotate) {
    return new CuboidGeometry(initial(objectsToAnnotate));
  }

  /** The key under {@code geometries}: {@code box}, {@code polygon}, ... */
  public String kind() {
    return kind;
  }

  /** The labels to annotate. */
  public List<String> objectsToAnnotate() {
    List<String> out = new ArrayList<>();
    spec.get("objects_to_annotate").forEach(node -> out.add(node.asText()));
    return List.copyOf(out);
  }

  /** The geometry's JSON (a copy), as sent under {@code geometries.<kind>}. */
  public ObjectNode toJson() {
    return spec.deepCopy();
  }

  /** A copy of the spec with {@code key} set to {@code value}. */
  ObjectNode with(String key, Object value) {
    ObjectNode copy = spec.deepCopy();
    copy.set(Objects.requireNonNull(key, "key"), JsonSupport.toTree(value));
    return copy;
  }

  private static ObjectNode initial(String... objects) {
    if (objects == null || objects.length == 0) {
      throw new IllegalArgumentException("a geometry needs at least one object to annotate,"
          + " e.g. Geometry.box(\"car\")");
    }
    ObjectNode spec = JsonSupport.newObject();
    ArrayNode array = spec.putArray("objects_to_annotate");
    for (String o : objects) {
      if (o == null || o.isBlank()) {
        throw new IllegalArgumentException("objects to annotate must be non-blank labels");
      }
      array.add(o);
    }
    return spec;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Geometry other && kind.equals(other.kind) && spec.equals(other.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, spec);
  }

  @Override
  public String toString() {
    return kind + spec;
  }
}
