package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The answer to saving searches: the saved searches and the inputs they match now.
 *
 * @param searches the saved searches
 * @param hits the matching inputs
 */
public record SearchResult(List<SavedSearch> searches, List<Hit> hits) {

  /**
   * A matching input.
   *
   * @param score how well it matches (1.0 for filter-only searches)
   * @param input the input
   */
  public record Hit(double score, Input input) {

    /** Parses a Hit. */
    public static Hit fromJson(JsonNode json) {
      Wire w = Wire.of(json, "hit");
      JsonNode input = w.object("input");
      return new Hit(w.number("score", 0), input == null ? Input.builder().build()
          : Input.fromJson(input));
    }
  }

  /** Makes defensive copies. */
  public SearchResult {
    searches = List.copyOf(searches);
    hits = List.copyOf(hits);
  }

  /** Parses a MultiSearchResponse (its status already checked). */
  public static SearchResult fromJson(JsonNode json) {
    Wire w = Wire.of(json, "search response");
    return new SearchResult(w.list("searches", SavedSearch::fromJson),
        w.list("hits", Hit::fromJson));
  }
}
