package dev.labelsdk.clarifai.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of a listing. The API has no totals, cursors or "more" flags: a page shorter than
 * {@link #perPage()} is the last one, and a page past the end is empty.
 *
 * @param items the page's items, newest first
 * @param page the page number (1 for the first)
 * @param perPage the page size that was asked for
 * @param <T> item type
 */
public record Page<T>(List<T> items, int page, int perPage) implements dev.labelsdk.core.Page<T> {

  /** The page size the server uses when none is sent. */
  public static final int DEFAULT_PER_PAGE = 128;
  /** The largest page the server serves; the SDK never asks for more. */
  public static final int MAX_PER_PAGE = 1000;

  /** Makes a defensive copy. */
  public Page {
    items = List.copyOf(items);
  }

  /** True when no page follows (this one is short or empty). */
  public boolean isLast() {
    return items.size() < perPage;
  }

  /**
   * Checks a page size.
   *
   * @throws IllegalArgumentException unless within 1..{@value #MAX_PER_PAGE}
   */
  /** True when the page is full, so that another may follow: {@code !isLast()}. */
  @Override
  public boolean hasMore() {
    return !isLast();
  }

  /** The number of the following page, as text. */
  @Override
  public Optional<String> nextCursor() {
    return Optional.of(Integer.toString(page + 1));
  }

  static int requirePerPage(int perPage) {
    if (perPage < 1 || perPage > MAX_PER_PAGE) {
      throw new IllegalArgumentException("perPage must be within 1.." + MAX_PER_PAGE
          + " (the server's maximum) but was " + perPage);
    }
    return perPage;
  }

  /**
   * Checks a page number.
   *
   * @throws IllegalArgumentException if below 1
   */
  static int requirePage(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be >= 1 but was " + page);
    }
    return page;
  }

  /**
   * Checks a page number and size before they are sent.
   *
   * @throws IllegalArgumentException if {@code page < 1} or {@code perPage} is outside
   *     1..{@value #MAX_PER_PAGE}
   */
  public static void check(int page, int perPage) {
    requirePage(page);
    requirePerPage(perPage);
  }
}
