package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;

/** An axis-aligned box in relative coordinates (rows top to bottom, columns left to right). */
record Box(double top, double left, double bottom, double right) {

  /**
   * The box of a region: its bounding box, or (mock choice) its polygon's bounding box; null
   * if it has neither.
   */
  static Box ofRegion(JsonNode region) {
    JsonNode info = region.path("region_info");
    JsonNode bb = info.path("bounding_box");
    if (bb.isObject()) {
      return new Box(bb.path("top_row").asDouble(), bb.path("left_col").asDouble(),
          bb.path("bottom_row").asDouble(), bb.path("right_col").asDouble());
    }
    JsonNode points = info.path("polygon").path("points");
    if (!points.isArray() || points.isEmpty()) {
      return null;
    }
    double top = Double.MAX_VALUE;
    double left = Double.MAX_VALUE;
    double bottom = -Double.MAX_VALUE;
    double right = -Double.MAX_VALUE;
    for (JsonNode p : points) {
      double row = p.path("row").asDouble();
      double col = p.path("col").asDouble();
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    return new Box(top, left, bottom, right);
  }

  double area() {
    return Math.max(0, bottom - top) * Math.max(0, right - left);
  }

  /** Intersection over union; two identical empty boxes count as a perfect match. */
  double iou(Box other) {
    double h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
    double w = Math.min(right, other.right) - Math.max(left, other.left);
    double intersection = Math.max(0, h) * Math.max(0, w);
    double union = area() + other.area() - intersection;
    if (union <= 0) {
      return equals(other) ? 1 : 0;
    }
    return intersection / union;
  }
}
