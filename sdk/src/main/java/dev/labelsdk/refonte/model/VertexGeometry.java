package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * Lines and polygons: shapes drawn vertex by vertex, with bounds on their number.
 *
 * @param <G> the geometry itself
 */
abstract class VertexGeometry<G extends VertexGeometry<G>> extends TypedGeometry<G> {

  VertexGeometry(String kind, ObjectNode spec, Function<ObjectNode, G> make) {
    super(kind, spec, make);
  }

  /** Fewest vertices per shape. */
  public G minVertices(int vertices) {
    return option("min_vertices", vertices);
  }

  /** Most vertices per shape. */
  public G maxVertices(int vertices) {
    return option("max_vertices", vertices);
  }
}
