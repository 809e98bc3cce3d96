package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Lines ({@code geometries.line}); create with {@link Geometry#line(String...)}. */
public final class LineGeometry extends Geometry {

  LineGeometry(ObjectNode spec) {
    super("line", spec);
  }

  /** Fewest vertices per line. */
  public LineGeometry minVertices(int vertices) {
    return new LineGeometry(with("min_vertices", vertices));
  }

  /** Most vertices per line. */
  public LineGeometry maxVertices(int vertices) {
    return new LineGeometry(with("max_vertices", vertices));
  }

  /** Any other option of the line geometry. */
  public LineGeometry option(String key, Object value) {
    return new LineGeometry(with(key, value));
  }
}
