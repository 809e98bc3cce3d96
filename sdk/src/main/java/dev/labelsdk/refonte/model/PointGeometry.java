package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Points ({@code geometries.point}); create with {@link Geometry#point(String...)}. */
public final class PointGeometry extends Geometry {

  PointGeometry(ObjectNode spec) {
    super("point", spec);
  }

  /** Any option of the point geometry. */
  public PointGeometry option(String key, Object value) {
    return new PointGeometry(with(key, value));
  }
}
