package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.PathSegments;
import java.util.concurrent.CompletableFuture;

/** The {@link SearchResourceAsync} that calls the API, with the sync resource's requests. */
final class SearchResourceAsyncImpl extends ClarifaiResource<SearchResourceAsync>
    implements SearchResourceAsync {

  SearchResourceAsyncImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, SearchResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<SearchResult> save(SavedSearch... searches) {
    ObjectNode body = SearchResourceImpl.saveBody(searches);
    return idempotentAsync(headers -> service.postSearches(body, headers),
        SearchResourceImpl.SAVED);
  }

  @Override
  public CompletableFuture<SavedSearch> get(String searchId) {
    PathSegments.require(searchId, "searchId");
    return idempotentAsync(headers -> service.getSearch(searchId, headers),
        SearchResourceImpl.SEARCH);
  }

  @Override
  public CompletableFuture<Page<SavedSearch>> list(int page, int perPage) {
    return pageAsync(page, perPage, service::listSearches, SearchResourceImpl.SEARCHES);
  }

}
