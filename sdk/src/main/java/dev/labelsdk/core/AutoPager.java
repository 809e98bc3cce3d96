package dev.labelsdk.core;

import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A lazy {@link Iterable} over every item of a paginated listing. Each iteration starts from
 * the first page; a page is fetched only when the items before it have been consumed, so
 * {@code stream().limit(10)} costs one request. Iterators are not thread-safe; the pager
 * itself can be iterated by several threads at once (each gets its own iteration).
 *
 * @param <T> item type
 */
public final class AutoPager<T> implements Iterable<T> {

  /** Fetches one page; the cursor is empty for the first page. */
  @FunctionalInterface
  public interface PageFetcher<T> {
    /** Fetches the page after {@code cursor} (empty for the first page). */
    Page<T> fetch(Optional<String> cursor);
  }

  /** Fetches one page by its number. */
  @FunctionalInterface
  public interface PageNumberFetcher<T> {
    /** The items of page {@code page} (1 for the first), in order. */
    List<T> fetch(int page);
  }

  /** Rules for cursor ({@code next_token}) paging. */
  public static final List<StopRule> CURSOR_RULES =
      List.of(StopRule.NO_MORE, StopRule.MISSING_CURSOR, StopRule.REPEATED_CURSOR);

  /** Rules for offset paging ({@code offset += limit}). */
  public static final List<StopRule> OFFSET_RULES =
      List.of(StopRule.NO_MORE, StopRule.EMPTY_PAGE, StopRule.MISSING_CURSOR,
          StopRule.REPEATED_CURSOR);

  private static final Logger LOG = LoggerFactory.getLogger(AutoPager.class);

  private final PageFetcher<T> fetcher;
  private final List<StopRule> stopRules;

  private AutoPager(PageFetcher<T> fetcher, List<StopRule> stopRules) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.stopRules = List.copyOf(stopRules);
  }

  /** A pager that stops after the first page for which any of {@code stopRules} holds. */
  public static <T> AutoPager<T> of(PageFetcher<T> fetcher, List<StopRule> stopRules) {
    return new AutoPager<>(fetcher, stopRules);
  }

  /**
   * A pager for page-number paging without totals, cursors or "more" flags (page
   * {@code firstPage}, then the next, ...): it stops after an empty page or one shorter than
   * {@code pageSize}, which is the last one.
   *
   * @throws IllegalArgumentException if {@code firstPage} or {@code pageSize} is below 1
   */
  public static <T> AutoPager<T> ofPageNumbers(PageNumberFetcher<T> fetcher, int firstPage,
      int pageSize) {
    Objects.requireNonNull(fetcher, "fetcher");
    if (firstPage < 1) {
      throw new IllegalArgumentException("firstPage must be >= 1 but was " + firstPage);
    }
    List<StopRule> rules = List.of(StopRule.EMPTY_PAGE, StopRule.shortPage(pageSize));
    return of(cursor -> {
      int page = cursor.map(Integer::parseInt).orElse(firstPage);
      List<T> items = fetcher.fetch(page);
      // A full page may have a successor; the cursor is simply the next page number.
      return new PageResult<>(items, items.size() >= pageSize,
          Optional.of(Integer.toString(page + 1)));
    }, rules);
  }

  /** Every item, fetching pages as needed. */
  @Override
  public Iterator<T> iterator() {
    Iterator<Page<T>> pages = pages().iterator();
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && pages.hasNext()) {
          current = pages.next().items().iterator();
        }
        return current.hasNext();
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }

  /** The items as a sequential, lazy stream. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The pages themselves, fetched lazily, for callers that work page by page. */
  public Iterable<Page<T>> pages() {
    return PageIterator::new;
  }

  private final class PageIterator implements Iterator<Page<T>> {
    private final Set<String> used = new HashSet<>();
    private Optional<String> cursor = Optional.empty();
    private boolean finished;
    private Page<T> fetched;

    @Override
    public boolean hasNext() {
      if (fetched == null && !finished) {
        fetched = fetcher.fetch(cursor);
        cursor.ifPresent(used::add);
        for (StopRule rule : stopRules) {
          if (rule.stopAfter(fetched, used)) {
            if (fetched.hasMore()) {
              LOG.warn("Stopping pagination although the server says more items follow"
                  + " (next cursor: {})", fetched.nextCursor().orElse("<none>"));
            }
            finished = true;
            break;
          }
        }
        cursor = fetched.nextCursor();
      }
      return fetched != null;
    }

    @Override
    public Page<T> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Page<T> page = fetched;
      fetched = null;
      return page;
    }
  }
}
