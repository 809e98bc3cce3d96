package dev.labelsdk.mock.clarifai;

/** TaskWorker.strategy (spec §3.2); number 1, the old MANUAL, is reserved and so unknown. */
public enum WorkerStrategy implements ProtoEnum {
  WORKER_STRATEGY_NOT_SET(0),
  PARTITIONED(2),
  FULL(3),
  DYNAMIC(4);

  private final int number;

  WorkerStrategy(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
