package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;

/**
 * A rectangle in relative coordinates (0 to 1 of the image's height and width), as the API
 * writes it: {@code top_row}, {@code left_col}, {@code bottom_row}, {@code right_col}.
 *
 * @param topRow top edge, 0 (top) to 1 (bottom)
 * @param leftCol left edge, 0 (left) to 1 (right)
 * @param bottomRow bottom edge
 * @param rightCol right edge
 */
public record BoundingBox(double topRow, double leftCol, double bottomRow, double rightCol) {

  /**
   * A box the API accepts: {@code 0 <= top < bottom <= 1} and {@code 0 <= left < right <= 1}.
   *
   * @throws IllegalArgumentException for any other box (the server would reject it, 24155)
   */
  public static BoundingBox of(double topRow, double leftCol, double bottomRow, double rightCol) {
    if (!(0 <= topRow && topRow < bottomRow && bottomRow <= 1)
        || !(0 <= leftCol && leftCol < rightCol && rightCol <= 1)) {
      throw new IllegalArgumentException("a bounding box needs 0 <= top < bottom <= 1 and"
          + " 0 <= left < right <= 1 but was top " + topRow + ", left " + leftCol + ", bottom "
          + bottomRow + ", right " + rightCol);
    }
    return new BoundingBox(topRow, leftCol, bottomRow, rightCol);
  }

  /** Parses a box; absent coordinates are 0. */
  public static BoundingBox fromJson(JsonNode json) {
    Wire w = Wire.of(json, "bounding_box");
    return new BoundingBox(w.number("top_row", 0), w.number("left_col", 0),
        w.number("bottom_row", 0), w.number("right_col", 0));
  }

  /** The box with all four coordinates (the API always prints them). */
  public ObjectNode toJson() {
    return JsonSupport.newObject().put("top_row", topRow).put("left_col", leftCol)
        .put("bottom_row", bottomRow).put("right_col", rightCol);
  }
}
