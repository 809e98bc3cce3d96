package dev.labelsdk.refonte.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What the list requests check and send alike: the page size and the times, as sent. */
final class Filters {

  private Filters() {}

  /**
   * A page size.
   *
   * @throws IllegalArgumentException outside 1..{@code max}
   */
  static int limit(int v, int max) {
    if (v < 1 || v > max) {
      throw new IllegalArgumentException("limit must be between 1 and " + max + " but was " + v);
    }
    return v;
  }

  /** An instant as sent: ISO-8601 in UTC. */
  static String time(Instant t) {
    return Objects.requireNonNull(t, "time").toString();
  }

  /** A day as sent: ISO-8601 (midnight UTC for the service). */
  static String time(LocalDate d) {
    return Objects.requireNonNull(d, "date").toString();
  }
}
