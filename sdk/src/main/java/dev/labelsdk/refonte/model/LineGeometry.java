package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Lines ({@code geometries.line}); create with {@link Geometry#line(String...)}. */
public final class LineGeometry extends VertexGeometry<LineGeometry> {

  LineGeometry(ObjectNode spec) {
    super("line", spec, LineGeometry::new);
  }
}
