package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The {@link SearchResource} that calls the API. */
final class SearchResourceImpl implements SearchResource {

  /** The decoders of both paths. */
  static final Decoder<SearchResult> SAVED = Decoder.tree(SearchResult::fromJson);
  static final Decoder<SavedSearch> SEARCH = Responses.single("search", SavedSearch.class);
  static final Decoder<List<SavedSearch>> SEARCHES =
      Responses.list("searches", SavedSearch.class);
  private final ClarifaiService service;
  private final CallExecutor executor;

  SearchResourceImpl(ClarifaiService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public SearchResource withOptions(RequestOptions options) {
    return new SearchResourceImpl(service, ClarifaiClient.applyOptions(executor, options));
  }

  @Override
  public SearchResult save(SavedSearch... searches) {
    ObjectNode body = saveBody(searches);
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.postSearches(body, headers), SAVED);
  }

  /** The body of a save, validated before anything is sent (sync or async). */
  static ObjectNode saveBody(SavedSearch... searches) {
    List<SavedSearch> all = Arrays.asList(searches);
    if (all.isEmpty()) {
      throw new IllegalArgumentException("give at least one search");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("searches");
    all.forEach(s -> array.add(Requests.create(Objects.requireNonNull(s, "search").toJson())));
    return body;
  }

  @Override
  public SavedSearch get(String searchId) {
    PathSegments.require(searchId, "searchId");
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.getSearch(searchId, headers), SEARCH);
  }

  @Override
  public Page<SavedSearch> list(int page, int perPage) {
    Page.check(page, perPage);
    return new Page<>(executor.execute(Safety.IDEMPOTENT,
        headers -> service.listSearches(page, perPage, headers), SEARCHES), page, perPage);
  }

}
