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
   * True to stop after {@code page}.
   *
   * @param cursorsUsed the cursors already sent by this iteration (not including "none" for
   *     the first page)
   */
  boolean stopAfter(PageResult<?> page, Set<String> cursorsUsed);
}
