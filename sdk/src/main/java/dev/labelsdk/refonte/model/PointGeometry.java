package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Points ({@code geometries.point}); create with {@link Geometry#point(String...)}. */
public final class PointGeometry extends TypedGeometry<PointGeometry> {

  PointGeometry(ObjectNode spec) {
    super("point", spec, PointGeometry::new);
  }
}
