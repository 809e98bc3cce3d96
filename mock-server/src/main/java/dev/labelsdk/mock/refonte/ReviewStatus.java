package dev.labelsdk.mock.refonte;

import java.util.Locale;

/** A task's {@code customer_review_status}. */
public enum ReviewStatus {
  PENDING,
  ACCEPTED,
  FIXED,
  COMMENTED,
  REJECTED;

  /** The wire value, made once: tasks are written and read by the million (a snapshot). */
  private final String wire = name().toLowerCase(Locale.ROOT);
  private static final ReviewStatus[] ALL = values();

  public String wire() {
    return wire;
  }

  /** Parses a wire value, or returns null when it is not a review status. */
  public static ReviewStatus fromWire(String value) {
    for (ReviewStatus s : ALL) {
      if (s.wire().equals(value)) {
        return s;
      }
    }
    return null;
  }
}
