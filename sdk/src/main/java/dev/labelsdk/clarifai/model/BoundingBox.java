package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonModel;
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
public record BoundingBox(@JsonProperty("top_row") double topRow,
    @JsonProperty("left_col") double leftCol, @JsonProperty("bottom_row") double bottomRow,
    @JsonProperty("right_col") double rightCol) implements JsonModel {

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
    return JsonSupport.convert(json, BoundingBox.class);
  }

}
