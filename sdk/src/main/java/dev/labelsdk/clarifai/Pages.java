package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.AutoPager;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * The pages of a listing by page number, sync and async: from page 1, or the page a query
 * names, {@link Page#DEFAULT_PER_PAGE} items a page unless it names a size. The
 * {@code listAll} of the numbered listings (concepts, datasets, inputs, saved searches) and of
 * the query listings (tasks, annotations).
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
    return all(OptionalInt.empty(), OptionalInt.empty(), list);
  }

  /** Every item from page {@code first} (default 1), {@code size} a page (default). */
  static <T> AutoPager<T> all(OptionalInt first, OptionalInt size, Lister<Page<T>> list) {
    int perPage = size.orElse(Page.DEFAULT_PER_PAGE);
    return AutoPager.ofPageNumbers(page -> list.page(page, perPage).items(), first.orElse(1),
        perPage);
  }

  /** Every page, one per unit of demand. */
  static <T> Flow.Publisher<Page<T>> allAsync(Lister<CompletableFuture<Page<T>>> list) {
    return allAsync(OptionalInt.empty(), OptionalInt.empty(), list);
  }

  /** The async {@link #all(OptionalInt, OptionalInt, Lister)}: every page, one per demand. */
  static <T> Flow.Publisher<Page<T>> allAsync(OptionalInt first, OptionalInt size,
      Lister<CompletableFuture<Page<T>>> list) {
    int perPage = size.orElse(Page.DEFAULT_PER_PAGE);
    return AsyncPager.ofPageNumbers(page -> list.page(page, perPage), first.orElse(1), perPage);
  }

  /** The page of a query listing: {@code items} at the page the query names (default 1). */
  static <T> Page<T> of(List<T> items, OptionalInt page, OptionalInt perPage) {
    return new Page<>(items, page.orElse(1), perPage.orElse(Page.DEFAULT_PER_PAGE));
  }
}
