package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.core.RequestOptions;

/** Saved searches, usable as task input sources: {@code client.searches()} (spec §7.7). */
public interface SearchResource extends PagedResource<SavedSearch> {

  /**
   * Saves searches, all or none ({@code POST .../searches}), and returns them with the inputs
   * they match now.
   */
  SearchResult save(SavedSearch... searches);

  /**
   * Fetches a saved search.
   *
   * @throws NotFoundException if the app has no such search
   */
  SavedSearch get(String searchId);



  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  @Override
  SearchResource withOptions(RequestOptions options);

  /** {@link #save(SavedSearch[])} with {@code options} for this call. */
  default SearchResult save(RequestOptions options, SavedSearch... searches) {
    return withOptions(options).save(searches);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default SavedSearch get(String searchId, RequestOptions options) {
    return withOptions(options).get(searchId);
  }


}
