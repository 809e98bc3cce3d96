package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A task status: {@link #PENDING}, {@link #COMPLETED}, {@link #CANCELED}, {@link #ERROR}, or a
 * value this SDK does not know yet ({@link #isKnown()} false), kept as sent by the server.
 * Compare with {@code equals} or {@code ==} for the constants.
 */
public final class TaskStatus {

  private static final Map<String, TaskStatus> KNOWN = new LinkedHashMap<>();

  /** Waiting to be worked on. */
  public static final TaskStatus PENDING = known("pending");
  /** Done; {@code response} is set. */
  public static final TaskStatus COMPLETED = known("completed");
  /** Canceled before completion. */
  public static final TaskStatus CANCELED = known("canceled");
  /** Failed; {@code response.error} says why. */
  public static final TaskStatus ERROR = known("error");

  private final String value;
  private final boolean known;

  private TaskStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static TaskStatus known(String value) {
    TaskStatus s = new TaskStatus(value, true);
    KNOWN.put(value, s);
    return s;
  }

  /** The constant for {@code value}, or a new unknown status that keeps it. */
  @JsonCreator
  public static TaskStatus of(String value) {
    Objects.requireNonNull(value, "value");
    TaskStatus s = KNOWN.get(value);
    return s != null ? s : new TaskStatus(value, false);
  }

  /** The four documented statuses. */
  public static Collection<TaskStatus> knownValues() {
    return Collections.unmodifiableCollection(KNOWN.values());
  }

  /** The wire value, e.g. {@code "pending"}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** False for a status the server sent that this SDK version does not know. */
  public boolean isKnown() {
    return known;
  }

  /** True for {@code completed}, {@code canceled} and {@code error}. */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELED || this == ERROR;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskStatus other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
