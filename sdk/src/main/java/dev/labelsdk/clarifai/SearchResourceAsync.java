package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * Saved searches, asynchronously: {@code client.async().searches()}. The twins of
 * {@link SearchResource}'s methods, with the same retries; see {@link TaskResourceAsync}.
 */
public interface SearchResourceAsync extends PagedResourceAsync<SavedSearch> {

  /** See {@link SearchResource#save(SavedSearch...)}. */
  CompletableFuture<SearchResult> save(SavedSearch... searches);

  /** See {@link SearchResource#get(String)}. */
  CompletableFuture<SavedSearch> get(String searchId);



  /** See {@link SearchResource#withOptions(RequestOptions)}. */
  @Override
  SearchResourceAsync withOptions(RequestOptions options);

  /** {@link #save(SavedSearch...)} with {@code options} for this call. */
  default CompletableFuture<SearchResult> save(RequestOptions options, SavedSearch... searches) {
    return withOptions(options).save(searches);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default CompletableFuture<SavedSearch> get(String searchId, RequestOptions options) {
    return withOptions(options).get(searchId);
  }


}
