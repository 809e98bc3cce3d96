package dev.labelsdk.mock.refonte;

import java.util.Locale;

/** A task's {@code customer_review_status}. */
public enum ReviewStatus {
  PENDING,
  ACCEPTED,
  FIXED,
  COMMENTED,
  REJECTED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire value, or returns null when it is not a review status. */
  public static ReviewStatus fromWire(String value) {
    for (ReviewStatus s : values()) {
      if (s.wire().equals(value)) {
        return s;
      }
    }
    return null;
  }
}
