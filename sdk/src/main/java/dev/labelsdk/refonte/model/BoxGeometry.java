package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Boxes ({@code geometries.box}); create with {@link Geometry#box(String...)}. */
public final class BoxGeometry extends TypedGeometry<BoxGeometry> {

  BoxGeometry(ObjectNode spec) {
    super("box", spec, BoxGeometry::new);
  }

  /** Smallest accepted box width, in pixels. */
  public BoxGeometry minWidth(int pixels) {
    return option("min_width", pixels);
  }

  /** Smallest accepted box height, in pixels. */
  public BoxGeometry minHeight(int pixels) {
    return option("min_height", pixels);
  }

  /** Whether boxes may be rotated. */
  public BoxGeometry canRotate(boolean canRotate) {
    return option("can_rotate", canRotate);
  }

  /** Whether coordinates are whole pixels. */
  public BoxGeometry integerPixels(boolean integerPixels) {
    return option("integer_pixels", integerPixels);
  }
}
