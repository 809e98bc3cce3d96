package dev.labelsdk.mock.http;

import java.util.ArrayList;
import java.util.List;

/**
 * Queued faults, first in first out: a matching request consumes one count of the first
 * matching fault. Thread-safe.
 */
public final class FaultQueue {

  private final List<Fault> faults = new ArrayList<>();

  public synchronized void add(Fault fault) {
    faults.add(fault);
  }

  public synchronized void clear() {
    faults.clear();
  }

  public synchronized List<Fault> list() {
    return List.copyOf(faults);
  }

  /** Takes one count of the first fault matching the request, or returns null. */
  public synchronized Fault take(String method, String normalisedPath) {
    for (int i = 0; i < faults.size(); i++) {
      Fault f = faults.get(i);
      if (f.matches(method, normalisedPath)) {
        if (f.count() == 1) {
          faults.remove(i);
        } else {
          faults.set(i, f.times(f.count() - 1));
        }
        return f;
      }
    }
    return null;
  }
}
