package dev.labelsdk.mock.clarifai;

/** TaskInputSource.type (spec §3.3). */
public enum InputSourceType implements ProtoEnum {
  INPUT_SOURCE_TYPE_NOT_SET(0),
  ALL_INPUTS(1),
  SAVED_SEARCH(2),
  DATASET(3),
  INPUT(4);

  private final int number;

  InputSourceType(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
