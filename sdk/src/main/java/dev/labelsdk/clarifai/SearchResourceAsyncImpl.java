package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link SearchResourceAsync} that calls the API, with the sync resource's requests. */
final class SearchResourceAsyncImpl implements SearchResourceAsync {

  private final ClarifaiService service;
  private final CallExecutor executor;

  SearchResourceAsyncImpl(ClarifaiService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public SearchResourceAsync withOptions(RequestOptions options) {
    return new SearchResourceAsyncImpl(service, ClarifaiClient.applyOptions(executor, options));
  }

  @Override
  public CompletableFuture<SearchResult> save(SavedSearch... searches) {
    ObjectNode body = SearchResourceImpl.saveBody(searches);
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.postSearches(body, headers), SearchResourceImpl.SAVED);
  }

  @Override
  public CompletableFuture<SavedSearch> get(String searchId) {
    PathSegments.require(searchId, "searchId");
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.getSearch(searchId, headers), SearchResourceImpl.SEARCH);
  }

  @Override
  public CompletableFuture<Page<SavedSearch>> list(int page, int perPage) {
    Page.check(page, perPage);
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.listSearches(page, perPage, headers), SearchResourceImpl.SEARCHES)
        .thenApply(items -> new Page<>(items, page, perPage));
  }

  @Override
  public Flow.Publisher<Page<SavedSearch>> listAll() {
    return AsyncPager.ofPageNumbers(page -> list(page, Page.DEFAULT_PER_PAGE), 1,
        Page.DEFAULT_PER_PAGE);
  }
}
