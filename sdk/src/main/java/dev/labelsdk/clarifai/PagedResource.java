package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.RequestOptions;

/**
 * What the resources listed by page number share ({@code concepts()}, {@code datasets()},
 * {@code inputs()}, {@code searches()}): one page, every page, and both with options for one
 * call.
 *
 * @param <T> the items listed
 */
public interface PagedResource<T> {

  /**
   * One page of items, newest first.
   *
   * @param page the page number, from 1
   * @param perPage the page size
   * @return the page
   */
  Page<T> list(int page, int perPage);

  /**
   * Every item, newest first, fetched page by page as you iterate (from page 1,
   * {@link Page#DEFAULT_PER_PAGE} a page).
   *
   * @return the items
   */
  default AutoPager<T> listAll() {
    return Pages.all(this::list);
  }

  /**
   * This resource with {@code options} over the client's for every call made through it.
   *
   * @param options the options
   * @return the resource
   */
  PagedResource<T> withOptions(RequestOptions options);

  /**
   * {@link #list(int, int)} with {@code options} for this call.
   *
   * @param page the page number, from 1
   * @param perPage the page size
   * @param options the options of this call
   * @return the page
   */
  default Page<T> list(int page, int perPage, RequestOptions options) {
    return withOptions(options).list(page, perPage);
  }

  /**
   * {@link #listAll()} with {@code options} for this call.
   *
   * @param options the options of the calls
   * @return the items
   */
  default AutoPager<T> listAll(RequestOptions options) {
    return withOptions(options).listAll();
  }
}
