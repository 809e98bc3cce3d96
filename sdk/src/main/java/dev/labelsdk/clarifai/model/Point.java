package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonModel;
import dev.labelsdk.core.JsonSupport;

/**
 * A polygon vertex in relative coordinates (0 to 1).
 *
 * @param row vertical position, 0 (top) to 1 (bottom)
 * @param col horizontal position, 0 (left) to 1 (right)
 */
public record Point(@JsonProperty("row") double row, @JsonProperty("col") double col)
    implements JsonModel {

  /**
   * A point inside the image.
   *
   * @throws IllegalArgumentException if a coordinate is outside 0..1
   */
  public static Point of(double row, double col) {
    if (!(0 <= row && row <= 1 && 0 <= col && col <= 1)) {
      throw new IllegalArgumentException("a point needs row and col within 0..1 but was ("
          + row + ", " + col + ")");
    }
    return new Point(row, col);
  }

  /** Parses a point; absent coordinates are 0. */
  public static Point fromJson(JsonNode json) {
    return JsonSupport.convert(json, Point.class);
  }

}
