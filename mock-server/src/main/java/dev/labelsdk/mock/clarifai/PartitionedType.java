package dev.labelsdk.mock.clarifai;

/** TaskWorkerPartitionedStrategyInfo.type (spec §3.2). */
public enum PartitionedType implements ProtoEnum {
  PARTITIONED_WORKER_STRATEGY_NOT_SET(0),
  EVENLY(1),
  WEIGHTED(2);

  private final int number;

  PartitionedType(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
