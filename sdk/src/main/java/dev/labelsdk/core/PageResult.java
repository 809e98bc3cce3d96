package dev.labelsdk.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plain {@link Page}: what an {@link AutoPager.PageFetcher} of your own can return.
 *
 * @param items the page's items, in order
 * @param hasMore whether the server says more items follow
 * @param nextCursor what to pass to fetch the following page (a token, or an offset as text)
 * @param <T> item type
 */
public record PageResult<T>(List<T> items, boolean hasMore, Optional<String> nextCursor)
    implements Page<T> {

  /** Validates the components and makes defensive copies. */
  public PageResult {
    items = List.copyOf(items);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }
}
