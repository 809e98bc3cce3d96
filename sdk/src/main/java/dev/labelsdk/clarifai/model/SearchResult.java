package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
import java.util.List;
import java.util.Objects;

/**
 * The answer to saving searches: the saved searches and the inputs they match now.
 *
 * @param searches the saved searches
 * @param hits the matching inputs
 */
public record SearchResult(@JsonProperty("searches") List<SavedSearch> searches,
    @JsonProperty("hits") List<Hit> hits) {

  /**
   * A matching input.
   *
   * @param score how well it matches (1.0 for filter-only searches)
   * @param input the input
   */
  public record Hit(@JsonProperty("score") double score, @JsonProperty("input") Input input) {

    /** An absent input is an empty one. */
    public Hit {
      input = Objects.requireNonNullElseGet(input, () -> Input.builder().build());
    }

    /** Parses a Hit. */
    public static Hit fromJson(JsonNode json) {
      return JsonSupport.convert(json, Hit.class);
    }
  }

  /** Makes defensive copies. */
  public SearchResult {
    searches = searches == null ? List.of() : List.copyOf(searches);
    hits = hits == null ? List.of() : List.copyOf(hits);
  }

  /** Parses a MultiSearchResponse (its status already checked). */
  public static SearchResult fromJson(JsonNode json) {
    return JsonSupport.convert(json, SearchResult.class);
  }
}
