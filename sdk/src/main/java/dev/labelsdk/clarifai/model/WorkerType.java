package dev.labelsdk.clarifai.model;

import java.util.Collection;

/**
 * Whether a task's workers are people or automation (spec §3.2). An open enum: values this
 * SDK does not know are kept, not rejected (see {@link ProtoEnum}).
 */
public final class WorkerType extends ProtoEnum {

  static final EnumValues<WorkerType> VALUES =
      new EnumValues<>("WorkerType", WorkerType::new);

  /** Not set. */
  public static final WorkerType WORKER_TYPE_NOT_SET = VALUES.known(0, "WORKER_TYPE_NOT_SET");

  /** People label. */
  public static final WorkerType WORKER_HUMAN = VALUES.known(1, "WORKER_HUMAN");

  /** Models or workflows label. */
  public static final WorkerType WORKER_AUTO = VALUES.known(2, "WORKER_AUTO");

  private WorkerType(int number, String name, boolean known) {
    super(number, name, known);
  }

  /** The constant with this number, or an unknown value that keeps it. */
  public static WorkerType of(int number) {
    return VALUES.of(number);
  }

  /**
   * The constant with this name (or number written as text), or an unknown value that keeps
   * it.
   *
   * @throws IllegalArgumentException if blank
   */
  public static WorkerType of(String nameOrNumber) {
    return VALUES.of(nameOrNumber);
  }

  /** Every constant this SDK knows, in declaration order. */
  public static Collection<WorkerType> knownValues() {
    return VALUES.known();
  }
}
