package dev.labelsdk.mock.clarifai;

/** Visibility.gettable (spec §3.1); stored and echoed. */
public enum Visibility implements ProtoEnum {
  UNKNOWN_VISIBILITY(0),
  PRIVATE(10),
  ORG(30),
  PUBLIC(50);

  private final int number;

  Visibility(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
