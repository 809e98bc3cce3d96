package dev.labelsdk.mock.refonte;

import java.util.Locale;

/** The four task statuses; {@code canceled} and {@code error} are final. */
public enum TaskStatus {
  PENDING,
  COMPLETED,
  CANCELED,
  ERROR;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a wire value, or returns null when it is not one of the four. */
  public static TaskStatus fromWire(String value) {
    for (TaskStatus s : values()) {
      if (s.wire().equals(value)) {
        return s;
      }
    }
    return null;
  }
}
