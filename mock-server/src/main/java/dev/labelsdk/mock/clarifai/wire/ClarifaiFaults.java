package dev.labelsdk.mock.clarifai.wire;

import java.util.ArrayList;
import java.util.List;

/**
 * Queued Clarifai faults, first in first out: a matching request uses one of the
 * {@code times} of the first matching fault. Thread-safe.
 */
public final class ClarifaiFaults {

  private final List<ClarifaiFault> faults = new ArrayList<>();

  /** Queues a fault behind the others. */
  public synchronized void add(ClarifaiFault fault) {
    faults.add(fault);
  }

  /** Drops every queued fault. */
  public synchronized void clear() {
    faults.clear();
  }

  /**
   * Whether a request may be delayed (a queued fault sleeps before answering): the front door
   * then answers it on a worker thread, never on a selector thread.
   */
  public synchronized boolean mayDelay() {
    for (ClarifaiFault f : faults) {
      if (f.delayMs() > 0) {
        return true;
      }
    }
    return false;
  }

  /** The queued faults, first first. */
  public synchronized List<ClarifaiFault> list() {
    return List.copyOf(faults);
  }

  /** Takes one use of the first fault matching the request, or returns null. */
  synchronized ClarifaiFault take(String method, String path) {
    for (int i = 0; i < faults.size(); i++) {
      ClarifaiFault f = faults.get(i);
      if (f.matches(method, path)) {
        if (f.times() == 1) {
          faults.remove(i);
        } else {
          faults.set(i, f.times(f.times() - 1));
        }
        return f;
      }
    }
    return null;
  }
}
