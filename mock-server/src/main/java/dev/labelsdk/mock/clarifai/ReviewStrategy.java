package dev.labelsdk.mock.clarifai;

/** TaskReview.strategy (spec §3.4). */
public enum ReviewStrategy implements ProtoEnum {
  TASK_REVIEW_STRATEGY_NOT_SET(0),
  NONE(1),
  MANUAL(2),
  CONSENSUS(3);

  private final int number;

  ReviewStrategy(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
