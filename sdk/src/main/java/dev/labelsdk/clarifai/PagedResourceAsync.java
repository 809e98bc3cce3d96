package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.RequestOptions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * {@link PagedResource}, async: what the async resources listed by page number share.
 *
 * @param <T> the items listed
 */
public interface PagedResourceAsync<T> {

  /**
   * See {@link PagedResource#list(int, int)}.
   *
   * @param page the page number, from 1
   * @param perPage the page size
   * @return the page
   */
  CompletableFuture<Page<T>> list(int page, int perPage);

  /**
   * Every page as a {@link Flow.Publisher} (one page per unit of demand,
   * {@link Page#DEFAULT_PER_PAGE} a page, until an empty or short page).
   *
   * @return the pages
   */
  default Flow.Publisher<Page<T>> listAll() {
    return Pages.allAsync(this::list);
  }

  /**
   * See {@link PagedResource#withOptions(RequestOptions)}.
   *
   * @param options the options
   * @return the resource
   */
  PagedResourceAsync<T> withOptions(RequestOptions options);

  /**
   * {@link #list(int, int)} with {@code options} for this call.
   *
   * @param page the page number, from 1
   * @param perPage the page size
   * @param options the options of this call
   * @return the page
   */
  default CompletableFuture<Page<T>> list(int page, int perPage, RequestOptions options) {
    return withOptions(options).list(page, perPage);
  }

  /**
   * {@link #listAll()} with {@code options} for this call.
   *
   * @param options the options of the calls
   * @return the pages
   */
  default Flow.Publisher<Page<T>> listAll(RequestOptions options) {
    return withOptions(options).listAll();
  }
}
