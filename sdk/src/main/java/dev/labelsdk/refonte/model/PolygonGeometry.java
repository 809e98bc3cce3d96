package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Polygons ({@code geometries.polygon}); create with {@link Geometry#polygon(String...)}. */
public final class PolygonGeometry extends Geometry {

  PolygonGeometry(ObjectNode spec) {
    super("polygon", spec);
  }

  /** Fewest vertices per polygon. */
  public PolygonGeometry minVertices(int vertices) {
    return new PolygonGeometry(with("min_vertices", vertices));
  }

  /** Most vertices per polygon. */
  public PolygonGeometry maxVertices(int vertices) {
    return new PolygonGeometry(with("max_vertices", vertices));
  }

  /** Any other option of the polygon geometry. */
  public PolygonGeometry option(String key, Object value) {
    return new PolygonGeometry(with(key, value));
  }
}
