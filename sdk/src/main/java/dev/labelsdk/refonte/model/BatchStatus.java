package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.labelsdk.core.OpenEnum;
import java.util.Collection;

/**
 * A batch status: {@link #STAGING}, {@link #IN_PROGRESS}, {@link #COMPLETED}, or a value this
 * SDK does not know yet ({@link #isKnown()} false), kept as sent.
 */
public final class BatchStatus extends OpenEnum {

  private static final Values<BatchStatus> VALUES = new Values<>(BatchStatus::new);

  /** Created for a Rapid/Studio project; tasks wait for {@code finalize}. */
  public static final BatchStatus STAGING = VALUES.known("staging");
  /** Tasks are being worked on. */
  public static final BatchStatus IN_PROGRESS = VALUES.known("in_progress");
  /** Every task is done. */
  public static final BatchStatus COMPLETED = VALUES.known("completed");

  private BatchStatus(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value}, or a new unknown status that keeps it. */
  @JsonCreator
  public static BatchStatus of(String value) {
    return VALUES.of(value);
  }

  /** The documented statuses. */
  public static Collection<BatchStatus> knownValues() {
    return VALUES.all();
  }
}
