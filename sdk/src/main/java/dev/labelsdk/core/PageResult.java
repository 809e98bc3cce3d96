package dev.labelsdk.core;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One fetched page as the {@link AutoPager} sees it.
 *
 * @param items the page's items, in order
 * @param hasMore whether the server says more items follow
 * @param nextCursor what to pass to fetch the following page (a token, or an offset as text)
 * @param <T> item type
 */
public record PageResult<T>(List<T> items, boolean hasMore, Optional<String> nextCursor) {

  /** Validates the components and makes defensive copies. */
  public PageResult {
    items = List.copyOf(items);
    Objects.requireNonNull(nextCursor, "nextCursor");
  }
}
