package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Boxes ({@code geometries.box}); create with {@link Geometry#box(String...)}. */
public final class BoxGeometry extends Geometry {

  BoxGeometry(ObjectNode spec) {
    super("box", spec);
  }

  /** Smallest accepted box width, in pixels. */
  public BoxGeometry minWidth(int pixels) {
    return new BoxGeometry(with("min_width", pixels));
  }

  /** Smallest accepted box height, in pixels. */
  public BoxGeometry minHeight(int pixels) {
    return new BoxGeometry(with("min_height", pixels));
  }

  /** Whether boxes may be rotated. */
  public BoxGeometry canRotate(boolean canRotate) {
    return new BoxGeometry(with("can_rotate", canRotate));
  }

  /** Whether coordinates are whole pixels. */
  public BoxGeometry integerPixels(boolean integerPixels) {
    return new BoxGeometry(with("integer_pixels", integerPixels));
  }

  /** Any other option of the box geometry. */
  public BoxGeometry option(String key, Object value) {
    return new BoxGeometry(with(key, value));
  }
}
