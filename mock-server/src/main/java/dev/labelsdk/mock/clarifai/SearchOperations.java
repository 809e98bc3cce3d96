package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Saved searches (spec §7.7): post (with the current hits), get, list. */
public final class SearchOperations {

  /** One search of a PostSearches request. */
  public record SearchSpec(String id, String name, JsonNode query, boolean save) {}

  /** PostSearches' answer: the searches and the inputs they match now (score 1.0). */
  public record SearchResult(List<SavedSearch> searches, List<Input> hits) {}

  private final ClarifaiEngine engine;

  SearchOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /**
   * PostSearches, all-or-nothing (mock choice): every query is checked, then those with
   * {@code save} are stored (an absent id is generated, mock choice).
   */
  public SearchResult post(Caller caller, List<SearchSpec> specs) {
    if (specs.isEmpty()) {
      throw ClarifaiError.invalid("searches is required and must not be empty");
    }
    return engine.write(caller, app -> {
      long now = engine.now();
      List<SavedSearch> searches = new ArrayList<>();
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < specs.size(); i++) {
        SearchSpec s = specs.get(i);
        SearchQuery parsed;
        try {
          parsed = SearchQuery.parse(s.query());
        } catch (ClarifaiError e) {
          throw e.prefixed("searches[" + i + "]");
        }
        String id = s.id() == null ? engine.newId() : s.id();
        if (s.save() && (app.searches.containsKey(id) || !ids.add(id))) {
          throw new ClarifaiError(StatusCode.DATABASE_DUPLICATE_KEY,
              "searches[" + i + "]: search id '" + id + "' already exists");
        }
        searches.add(new SavedSearch(id, s.name(), s.query(), parsed, now, now));
      }
      Map<String, Input> hits = new LinkedHashMap<>(); // (mock choice) one list for all searches
      for (int i = 0; i < specs.size(); i++) {
        SearchQuery q = searches.get(i).parsed();
        for (Input input : app.inputs.values()) {
          if (q.matches(input, app.inputAnnotations(input.id()))) {
            hits.putIfAbsent(input.id(), input);
          }
        }
        if (specs.get(i).save()) {
          app.searches.put(searches.get(i).id(), searches.get(i));
        }
      }
      return new SearchResult(searches, new ArrayList<>(hits.values()));
    });
  }

  /** GetSearch; 11101 when missing. */
  public SavedSearch get(Caller caller, String id) {
    return engine.read(caller, app -> {
      SavedSearch s = app.searches.get(id);
      if (s == null) {
        throw ClarifaiError.notFound("saved search '" + id + "' not found in app " + app.ref);
      }
      return s;
    });
  }

  /** ListSearches, newest first. */
  public List<SavedSearch> list(Caller caller, Page page) {
    return engine.read(caller, app ->
        page.slice(AppData.newestFirst(app.searches.values()), engine.config().maxPerPage()));
  }
}
