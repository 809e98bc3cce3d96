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
}
