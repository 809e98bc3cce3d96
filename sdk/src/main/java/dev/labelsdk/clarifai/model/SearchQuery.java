package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.List;

/**
 * A search: inputs that match every one of its {@link SearchFilter filters}.
 *
 * <pre>{@code
 * SearchQuery.of(SearchFilter.dataset("lakes"), SearchFilter.concept("water").negate())
 * }</pre>
 *
 * @param filters the conditions, all of which must hold
 */
public record SearchQuery(List<SearchFilter> filters) {

  /** Makes a defensive copy. */
  public SearchQuery {
    filters = List.copyOf(filters);
  }

  /** Inputs matching every filter. */
  public static SearchQuery of(SearchFilter... filters) {
    return new SearchQuery(List.of(filters));
  }

  /** {@code {"filters": [...]}}. */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    ArrayNode array = o.putArray("filters");
    filters.forEach(f -> array.add(f.toJson()));
    return o;
  }
}
