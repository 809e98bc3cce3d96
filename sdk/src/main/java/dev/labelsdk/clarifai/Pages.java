package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.AutoPager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Every page of a listing by page number, from page 1, {@link Page#DEFAULT_PER_PAGE} a page:
 * the {@code listAll} of the numbered listings (concepts, datasets, inputs, saved searches),
 * sync and async.
 */
final class Pages {

  private Pages() {}

  /** One page of a listing, by number and size. */
  @FunctionalInterface
  interface Lister<P> {
    P page(int page, int perPage);
  }

  /** Every item, fetched page by page as the caller iterates. */
  static <T> AutoPager<T> all(Lister<Page<T>> list) {
    return AutoPager.ofPageNumbers(page -> list.page(page, Page.DEFAULT_PER_PAGE).items(), 1,
        Page.DEFAULT_PER_PAGE);
  }

  /** Every page, one per unit of demand. */
  static <T> Flow.Publisher<Page<T>> allAsync(Lister<CompletableFuture<Page<T>>> list) {
    return AsyncPager.ofPageNumbers(page -> list.page(page, Page.DEFAULT_PER_PAGE), 1,
        Page.DEFAULT_PER_PAGE);
  }
}
