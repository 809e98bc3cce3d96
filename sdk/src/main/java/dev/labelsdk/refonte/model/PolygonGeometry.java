package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Polygons ({@code geometries.polygon}); create with {@link Geometry#polygon(String...)}. */
public final class PolygonGeometry extends VertexGeometry<PolygonGeometry> {

  PolygonGeometry(ObjectNode spec) {
    super("polygon", spec, PolygonGeometry::new);
  }
}
