package dev.labelsdk.clarifai.model;

import java.util.Collection;

/**
 * How a {@link WorkerStrategy#PARTITIONED} task splits its inputs (spec §3.2). An open
 * enum: values this SDK does not know are kept, not rejected (see {@link ProtoEnum}).
 */
public final class PartitionedStrategy extends ProtoEnum {

  static final EnumValues<PartitionedStrategy> VALUES =
      new EnumValues<>("PartitionedStrategy", PartitionedStrategy::new);

  /** Not set; the server treats it as {@link #EVENLY}. */
  public static final PartitionedStrategy PARTITIONED_WORKER_STRATEGY_NOT_SET =
      VALUES.known(0, "PARTITIONED_WORKER_STRATEGY_NOT_SET");

  /** Equal shares. */
  public static final PartitionedStrategy EVENLY = VALUES.known(1, "EVENLY");

  /** Shares proportional to each worker's weight. */
  public static final PartitionedStrategy WEIGHTED = VALUES.known(2, "WEIGHTED");

  private PartitionedStrategy(int number, String name, boolean known) {
    super(number, name, known);
  }

  /** The constant with this number, or an unknown value that keeps it. */
  public static PartitionedStrategy of(int number) {
    return VALUES.of(number);
  }

  /**
   * The constant with this name (or number written as text), or an unknown value that keeps
   * it.
   *
   * @throws IllegalArgumentException if blank
   */
  public static PartitionedStrategy of(String nameOrNumber) {
    return VALUES.of(nameOrNumber);
  }

  /** Every constant this SDK knows, in declaration order. */
  public static Collection<PartitionedStrategy> knownValues() {
    return VALUES.known();
  }
}
