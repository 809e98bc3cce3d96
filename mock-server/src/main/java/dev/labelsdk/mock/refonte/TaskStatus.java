package dev.labelsdk.mock.refonte;

import java.util.Locale;

/** The four task statuses; {@code canceled} and {@code error} are final. */
public enum TaskStatus {
  PENDING,
  COMPLETED,
  CANCELED,
  ERROR;

  /** The wire value, made once: tasks are written and read by the million (a snapshot). */
  private final String wire = name().toLowerCase(Locale.ROOT);
  private static final TaskStatus[] ALL = values();

  public String wire() {
    return wire;
  }

  /** Parses a wire value, or returns null when it is not one of the four. */
  public static TaskStatus fromWire(String value) {
    for (TaskStatus s : ALL) {
      if (s.wire().equals(value)) {
        return s;
      }
    }
    return null;
  }
}
