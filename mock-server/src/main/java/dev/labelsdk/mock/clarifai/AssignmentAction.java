package dev.labelsdk.mock.clarifai;

/** PutTaskAssignmentsRequestAction (spec §3.8). */
public enum AssignmentAction implements ProtoEnum {
  PUT_TASK_ASSIGNMENTS_REQUEST_ACTION_NOT_SET(0),
  LABEL_START(1),
  LABEL_SUBMIT(2),
  REVIEW_START(10),
  REVIEW_APPROVE(11),
  REVIEW_REQUEST_CHANGES(12),
  REVIEW_REJECT(13);

  private final int number;

  AssignmentAction(int number) {
    this.number = number;
  }

  @Override
  public int number() {
    return number;
  }
}
