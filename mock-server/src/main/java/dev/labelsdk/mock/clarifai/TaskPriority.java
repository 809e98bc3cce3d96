package dev.labelsdk.mock.clarifai;

/** Task.priority (spec §3.1); stored and echoed. */
public enum TaskPriority implements ProtoEnum {
  TASK_PRIORITY_NOT_SET(0),
  LOW(1),
  MEDIUM(2),
  HIGH(3);

  private final int number;

  TaskPriority(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
