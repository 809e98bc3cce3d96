package dev.labelsdk.core;

import java.util.List;
import java.util.Optional;

/**
 * One page of a list call, from either client: its items, and how to get the next page. The
 * clients' pages ({@code TaskPage} and {@code BatchPage} of Refonte, {@code Page} of Clarifai)
 * are this type with their API's extras; the {@link AutoPager} walks any of them.
 *
 * <p>Clarifai's page type has the same simple name: import this one by name
 * ({@code import dev.labelsdk.core.Page;}) when you also import
 * {@code dev.labelsdk.clarifai.model.*}.
 *
 * @param <T> item type
 */
public interface Page<T> {

  /** The page's items, in order. */
  List<T> items();

  /** Whether the server says (or the page's size implies) that more items follow. */
  boolean hasMore();

  /** What to pass to fetch the following page (a token, or an offset or page number as text). */
  Optional<String> nextCursor();
}
