package dev.labelsdk.mock.clarifai;

/** Task.type (spec §3.1); drives how consensus compares labels. */
public enum TaskType implements ProtoEnum {
  TYPE_NOT_SET(0),
  CONCEPTS_CLASSIFICATION(1),
  BOUNDING_BOX_DETECTION(2),
  POLYGON_DETECTION(3);

  private final int number;

  TaskType(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
