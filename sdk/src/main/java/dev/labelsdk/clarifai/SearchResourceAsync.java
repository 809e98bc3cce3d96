package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Saved searches, asynchronously: {@code client.async().searches()}. The twins of
 * {@link SearchResource}'s methods, with the same retries; see {@link TaskResourceAsync}.
 */
public interface SearchResourceAsync {

  /** See {@link SearchResource#save(SavedSearch...)}. */
  CompletableFuture<SearchResult> save(SavedSearch... searches);

  /** See {@link SearchResource#get(String)}. */
  CompletableFuture<SavedSearch> get(String searchId);

  /** See {@link SearchResource#list(int, int)}. */
  CompletableFuture<Page<SavedSearch>> list(int page, int perPage);

  /**
   * Every page of saved searches as a {@link Flow.Publisher} (one page per unit of demand,
   * {@link Page#DEFAULT_PER_PAGE} a page, until an empty or short page).
   */
  Flow.Publisher<Page<SavedSearch>> listAll();

  /** See {@link SearchResource#withOptions(RequestOptions)}. */
  SearchResourceAsync withOptions(RequestOptions options);

  /** {@link #save(SavedSearch...)} with {@code options} for this call. */
  default CompletableFuture<SearchResult> save(RequestOptions options, SavedSearch... searches) {
    return withOptions(options).save(searches);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default CompletableFuture<SavedSearch> get(String searchId, RequestOptions options) {
    return withOptions(options).get(searchId);
  }

  /** {@link #list(int, int)} with {@code options} for this call. */
  default CompletableFuture<Page<SavedSearch>> list(int page, int perPage,
      RequestOptions options) {
    return withOptions(options).list(page, perPage);
  }

  /** {@link #listAll()} with {@code options} for this call. */
  default Flow.Publisher<Page<SavedSearch>> listAll(RequestOptions options) {
    return withOptions(options).listAll();
  }
}
