package dev.labelsdk.mock.clarifai;

/** TaskWorker.type (spec §3.2); stored and echoed. */
public enum WorkerType implements ProtoEnum {
  WORKER_TYPE_NOT_SET(0),
  WORKER_HUMAN(1),
  WORKER_AUTO(2);

  private final int number;

  WorkerType(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
