package dev.labelsdk.mock.clarifai;

import java.util.List;

/**
 * {@code page} and {@code per_page} as sent (spec §6): page 0 means 1; per_page 0 means 128
 * and is clamped to the configured maximum (mock choice). Past the end is an empty page.
 */
public record Page(int page, int perPage) {

  public static final int DEFAULT_PER_PAGE = 128;

  /** The first page of the default size. */
  public static Page first() {
    return new Page(1, 0);
  }

  /** The items of this page out of {@code all}, with {@code maxPerPage} as the cap. */
  <T> List<T> slice(List<T> all, int maxPerPage) {
    int size = perPage <= 0 ? DEFAULT_PER_PAGE : Math.min(perPage, maxPerPage);
    long from = (long) (Math.max(page, 1) - 1) * size;
    if (from >= all.size()) {
      return List.of();
    }
    return List.copyOf(all.subList((int) from, (int) Math.min(all.size(), from + size)));
  }
}
