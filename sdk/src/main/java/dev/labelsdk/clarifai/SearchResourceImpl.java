package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.List;

/** The {@link SearchResource} that calls the API. */
final class SearchResourceImpl extends ClarifaiResource<SearchResource> implements SearchResource {

  /** The decoders of both paths. */
  static final Decoder<SearchResult> SAVED = Decoder.tree(SearchResult::fromJson);
  static final Decoder<SavedSearch> SEARCH = Responses.single("search", SavedSearch.class);
  static final Decoder<List<SavedSearch>> SEARCHES =
      Responses.list("searches", SavedSearch.class);

  SearchResourceImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, SearchResourceImpl::new);
  }

  @Override
  public SearchResult save(SavedSearch... searches) {
    ObjectNode body = saveBody(searches);
    return idempotent(headers -> service.postSearches(body, headers), SAVED);
  }

  /** The body of a save, validated before anything is sent (sync or async). */
  static ObjectNode saveBody(SavedSearch... searches) {
    return createBody("searches", "search", Arrays.asList(searches), SavedSearch::toJson);
  }

  @Override
  public SavedSearch get(String searchId) {
    PathSegments.require(searchId, "searchId");
    return idempotent(headers -> service.getSearch(searchId, headers), SEARCH);
  }

  @Override
  public Page<SavedSearch> list(int page, int perPage) {
    return page(page, perPage, service::listSearches, SEARCHES);
  }

}
