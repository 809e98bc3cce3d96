package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.labelsdk.core.OpenEnum;
import java.util.Collection;

/**
 * A task status: {@link #PENDING}, {@link #COMPLETED}, {@link #CANCELED}, {@link #ERROR}, or a
 * value this SDK does not know yet ({@link #isKnown()} false), kept as sent by the server.
 * Compare with {@code equals} or {@code ==} for the constants.
 */
public final class TaskStatus extends OpenEnum {

  private static final Values<TaskStatus> VALUES = new Values<>(TaskStatus::new);

  /** Waiting to be worked on. */
  public static final TaskStatus PENDING = VALUES.known("pending");
  /** Done; {@code response} is set. */
  public static final TaskStatus COMPLETED = VALUES.known("completed");
  /** Canceled before completion. */
  public static final TaskStatus CANCELED = VALUES.known("canceled");
  /** Failed; {@code response.error} says why. */
  public static final TaskStatus ERROR = VALUES.known("error");

  private TaskStatus(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value}, or a new unknown status that keeps it. */
  @JsonCreator
  public static TaskStatus of(String value) {
    return VALUES.of(value);
  }

  /** The four documented statuses. */
  public static Collection<TaskStatus> knownValues() {
    return VALUES.all();
  }

  /** True for {@code completed}, {@code canceled} and {@code error}. */
  public boolean isFinal() {
    return this == COMPLETED || this == CANCELED || this == ERROR;
  }
}
