package dev.labelsdk.mock.common;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;

/**
 * The values of several maps keyed by creation sequence, merged into one newest-first
 * sequence without duplicates (a value filed in two maps comes once). The maps are read
 * lazily, so taking one page of a merge costs about the page, not the maps' sizes.
 */
public final class DescendingMerge<T> implements Iterator<T> {

  private final PriorityQueue<Head<T>> heads =
      new PriorityQueue<>((a, b) -> Long.compare(b.entry.getKey(), a.entry.getKey()));
  private long lastKey;
  private boolean started;

  private static final class Head<T> {
    final Iterator<Map.Entry<Long, T>> rest;
    Map.Entry<Long, T> entry;

    Head(Iterator<Map.Entry<Long, T>> rest) {
      this.rest = rest;
      this.entry = rest.next();
    }
  }

  public DescendingMerge(List<? extends NavigableMap<Long, T>> maps) {
    for (NavigableMap<Long, T> map : maps) {
      Iterator<Map.Entry<Long, T>> it = map.descendingMap().entrySet().iterator();
      if (it.hasNext()) {
        heads.add(new Head<>(it));
      }
    }
  }

  @Override
  public boolean hasNext() {
    while (started && !heads.isEmpty() && heads.peek().entry.getKey() == lastKey) {
      pollAndAdvance(); // the same value reached through another map
    }
    return !heads.isEmpty();
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Map.Entry<Long, T> entry = pollAndAdvance();
    lastKey = entry.getKey();
    started = true;
    return entry.getValue();
  }

  private Map.Entry<Long, T> pollAndAdvance() {
    Head<T> head = heads.poll();
    Map.Entry<Long, T> entry = head.entry;
    if (head.rest.hasNext()) {
      head.entry = head.rest.next();
      heads.add(head);
    }
    return entry;
  }
}
