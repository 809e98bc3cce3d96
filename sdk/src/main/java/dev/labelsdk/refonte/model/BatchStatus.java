package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A batch status: {@link #STAGING}, {@link #IN_PROGRESS}, {@link #COMPLETED}, or a value this
 * SDK does not know yet ({@link #isKnown()} false), kept as sent.
 */
public final class BatchStatus {

  private static final Map<String, BatchStatus> KNOWN = new LinkedHashMap<>();

  /** Created for a Rapid/Studio project; tasks wait for {@code finalize}. */
  public static final BatchStatus STAGING = known("staging");
  /** Tasks are being worked on. */
  public static final BatchStatus IN_PROGRESS = known("in_progress");
  /** Every task is done. */
  public static final BatchStatus COMPLETED = known("completed");

  private final String value;
  private final boolean known;

  private BatchStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static BatchStatus known(String value) {
    BatchStatus s = new BatchStatus(value, true);
    KNOWN.put(value, s);
    return s;
  }

  /** The constant for {@code value}, or a new unknown status that keeps it. */
  @JsonCreator
  public static BatchStatus of(String value) {
    Objects.requireNonNull(value, "value");
    BatchStatus s = KNOWN.get(value);
    return s != null ? s : new BatchStatus(value, false);
  }

  /** The documented statuses. */
  public static Collection<BatchStatus> knownValues() {
    return Collections.unmodifiableCollection(KNOWN.values());
  }

  /** The wire value, e.g. {@code "in_progress"}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** False for a value this SDK version does not know. */
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BatchStatus other && value.equals(other.value);
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
