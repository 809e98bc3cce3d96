package dev.labelsdk.core;

import java.util.Set;

/**
 * Decides, after a page was fetched, that the {@link AutoPager} must not fetch another one.
 * The pager stops as soon as any of its rules says so.
 */
@FunctionalInterface
public interface StopRule {

  /** The server says nothing follows. */
  StopRule NO_MORE = (page, used) -> !page.hasMore();

  /** No cursor to continue with (a faulty server would otherwise make us refetch page 1). */
  StopRule MISSING_CURSOR =
      (page, used) -> page.nextCursor().map(String::isEmpty).orElse(true);

  /** The cursor was already used by this iteration: continuing would loop forever. */
  StopRule REPEATED_CURSOR =
      (page, used) -> page.nextCursor().map(used::contains).orElse(false);

  /** The page was empty (guards offset paging against a server that always says more). */
  StopRule EMPTY_PAGE = (page, used) -> page.items().isEmpty();

  /**
   * The page holds fewer than {@code pageSize} items: it was the last one. For APIs without
   * a "more" flag or total (page-number paging), where the next page would be empty anyway.
   * Sound only when the server honours {@code pageSize} (clients cap it at the server's
   * maximum).
   *
   * @throws IllegalArgumentException if {@code pageSize < 1}
   */
  static StopRule shortPage(int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("pageSize must be >= 1 but was " + pageSize);
    }
    return (page, used) -> page.items().size() < pageSize;
  }

  /**
   * True to stop after {@code page}.
   *
   * @param cursorsUsed the cursors already sent by this iteration (not including "none" for
   *     the first page)
   */
  boolean stopAfter(Page<?> page, Set<String> cursorsUsed);
}
