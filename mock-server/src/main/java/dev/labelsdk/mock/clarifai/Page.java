package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;

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
    return take(all.iterator(), t -> true, maxPerPage);
  }

  /**
   * The items of this page among those of {@code items} that pass {@code filter}, reading the
   * iterator only as far as the page ends.
   */
  <T> List<T> take(Iterator<T> items, Predicate<T> filter, int maxPerPage) {
    int size = perPage <= 0 ? DEFAULT_PER_PAGE : Math.min(perPage, maxPerPage);
    long skip = (long) (Math.max(page, 1) - 1) * size;
    List<T> out = new ArrayList<>(Math.min(size, 256));
    while (out.size() < size && items.hasNext()) {
      T item = items.next();
      if (!filter.test(item)) {
        continue;
      }
      if (skip > 0) {
        skip--;
      } else {
        out.add(item);
      }
    }
    return List.copyOf(out);
  }
}
