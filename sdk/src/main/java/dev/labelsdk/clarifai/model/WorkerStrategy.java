package dev.labelsdk.clarifai.model;

import java.util.Collection;

/**
 * How a task's inputs are given to its workers (spec §3.2, §8). Build workers with the
 * {@link TaskWorker} factories rather than with these names. An open enum: values this SDK
 * does not know are kept, not rejected (see {@link ProtoEnum}).
 */
public final class WorkerStrategy extends ProtoEnum {

  static final EnumValues<WorkerStrategy> VALUES =
      new EnumValues<>("WorkerStrategy", WorkerStrategy::new);

  /** Not set; the server treats it as {@link #FULL}. */
  public static final WorkerStrategy WORKER_STRATEGY_NOT_SET =
      VALUES.known(0, "WORKER_STRATEGY_NOT_SET");

  /** Each input goes to {@code workers_per_input} of the workers, evenly or by weight. */
  public static final WorkerStrategy PARTITIONED = VALUES.known(2, "PARTITIONED");

  /** Every worker labels every input. */
  public static final WorkerStrategy FULL = VALUES.known(3, "FULL");

  /** Workers take batches of inputs as they start labeling. */
  public static final WorkerStrategy DYNAMIC = VALUES.known(4, "DYNAMIC");

  private WorkerStrategy(int number, String name, boolean known) {
    super(number, name, known);
  }

  /** The constant with this number, or an unknown value that keeps it. */
  public static WorkerStrategy of(int number) {
    return VALUES.of(number);
  }

  /**
   * The constant with this name (or number written as text), or an unknown value that keeps
   * it.
   *
   * @throws IllegalArgumentException if blank
   */
  public static WorkerStrategy of(String nameOrNumber) {
    return VALUES.of(nameOrNumber);
  }

  /** Every constant this SDK knows, in declaration order. */
  public static Collection<WorkerStrategy> knownValues() {
    return VALUES.known();
  }
}
