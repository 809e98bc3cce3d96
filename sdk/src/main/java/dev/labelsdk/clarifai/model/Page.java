package dev.labelsdk.clarifai.model;

import java.util.List;

/**
 * One page of a listing. The API has no totals, cursors or "more" flags: a page shorter than
 * {@link #perPage()} is the last one, and a page past the end is empty.
 *
 * @param items the page's items, newest first
 * @param page the page number (1 for the first)
 * @param perPage the page size that was asked for
 * @param <T> item type
 */
public record Page<T>(List<T> items, int page, int perPage) {

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
