package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * How a unit of work moves after submission and review (spec §8.4 to §8.6): the assignment's
 * status and, with it, the status of all the unit's annotations, before the response is sent
 * (mock choice; the real server updates annotations asynchronously). The caller holds the
 * engine lock and has checked roles and states.
 */
final class ReviewFlow {

  /** A reviewer's decision on an assignment. */
  enum Decision {
    APPROVE,
    REQUEST_CHANGES,
    REJECT
  }

  private final ClarifaiEngine engine;

  ReviewFlow(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /** The annotation status that goes with an assignment status. */
  static StatusCode annotationStatus(StatusCode assignmentStatus) {
    return switch (assignmentStatus) {
      case TASK_ASSIGNMENT_SUCCESS -> StatusCode.ANNOTATION_SUCCESS;
      case TASK_ASSIGNMENT_AWAITING_REVIEW -> StatusCode.ANNOTATION_AWAITING_REVIEW;
      case TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW -> StatusCode.ANNOTATION_AWAITING_CONSENSUS_REVIEW;
      case TASK_ASSIGNMENT_REJECTED -> StatusCode.ANNOTATION_REVIEW_DENIED;
      default -> StatusCode.ANNOTATION_PENDING;
    };
  }

  /** Submits a PENDING unit: NONE approves, MANUAL waits for review, CONSENSUS evaluates. */
  void submit(AppData app, Task task, Assignment a) {
    TaskSpec.Review review = task.spec().review();
    StatusCode next = switch (review.strategy()) {
      case MANUAL -> StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW;
      case CONSENSUS -> review.labelerThreshold() == 0
          ? StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW
          : StatusCode.TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW;
      default -> StatusCode.TASK_ASSIGNMENT_SUCCESS;
    };
    update(app, a.submitted(next, engine.nextSubmission(), engine.now()));
    if (next == StatusCode.TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW) {
      evaluateConsensus(app, task, a.inputId());
    }
  }

  /**
   * Records a reviewer's decision on a 54202/54203 assignment. An approval completes it once
   * enough reviewers approved (one, or every listed reviewer when the reviewer threshold is
   * -1); the app owner's decision is always final.
   */
  void decide(AppData app, Task task, Assignment a, Decision decision, Caller reviewer) {
    long now = engine.now();
    String who = reviewer.userId();
    Assignment next = switch (decision) {
      case REJECT -> a.decidedBy(who, false, StatusCode.TASK_ASSIGNMENT_REJECTED, now);
      case REQUEST_CHANGES -> a.decidedBy(who, false, StatusCode.TASK_ASSIGNMENT_PENDING, now);
      case APPROVE -> {
        Assignment approved = a.decidedBy(who, true, a.status(), now);
        boolean enough = reviewer.owner() || task.spec().review().reviewerThreshold() != -1
            || approved.approvals().containsAll(task.reviewers());
        yield enough ? approved.withStatus(StatusCode.TASK_ASSIGNMENT_SUCCESS, now) : approved;
      }
    };
    update(app, next);
  }

  /**
   * The old-flow rule after annotation statuses were patched (spec §8.6): any 24158 rejects
   * the unit, else any 24151 sends it back, else all 24150 approve it; otherwise it stays.
   */
  void recomputeFromAnnotations(AppData app, Task task, String inputId, String workerId) {
    Assignment a = unitAssignment(app, task.id(), inputId, workerId);
    List<StatusCode> statuses = app.unitAnnotations(task.id(), inputId, workerId).stream()
        .map(Annotation::status).toList();
    if (a == null || statuses.isEmpty()) {
      return;
    }
    StatusCode next = a.status();
    if (statuses.contains(StatusCode.ANNOTATION_REVIEW_DENIED)) {
      next = StatusCode.TASK_ASSIGNMENT_REJECTED;
    } else if (statuses.contains(StatusCode.ANNOTATION_PENDING)) {
      next = StatusCode.TASK_ASSIGNMENT_PENDING;
    } else if (statuses.stream().allMatch(s -> s == StatusCode.ANNOTATION_SUCCESS)) {
      next = StatusCode.TASK_ASSIGNMENT_SUCCESS;
    }
    if (next != a.status()) {
      app.putAssignment(a.withStatus(next, engine.now())); // annotations already say so
    }
  }

  /** The worker's assignment for (task, input), or null. */
  static Assignment unitAssignment(AppData app, String taskId, String inputId, String workerId) {
    for (Assignment a : app.assignmentMap(taskId).values()) {
      if (a.inputId().equals(inputId) && a.workerId().equals(workerId)) {
        return a;
      }
    }
    return null;
  }

  /** Spec §8.5 on one input, applied to its units waiting for consensus. */
  private void evaluateConsensus(AppData app, Task task, String inputId) {
    List<Assignment> ofInput = new ArrayList<>();
    app.assignmentMap(task.id()).values().forEach(a -> {
      if (a.inputId().equals(inputId)) {
        ofInput.add(a);
      }
    });
    List<Assignment> submitted = ofInput.stream().filter(Assignment::isSubmitted)
        .sorted(Comparator.comparingLong(Assignment::submittedSeq)).toList();
    List<Consensus.Unit> units = submitted.stream()
        .map(a -> new Consensus.Unit(a.id(), a.status(),
            UnitLabels.of(app.unitAnnotations(task.id(), inputId, a.workerId()))))
        .toList();
    int unsubmitted = Math.max(0, TaskMetrics.requiredSubmissions(task, ofInput) - submitted.size());
    Map<String, StatusCode> changes = Consensus.evaluate(units, task.spec().review().labelerThreshold(),
        unsubmitted, Consensus.agreement(task.spec().type(), engine.config().consensusIouThreshold()));
    long now = engine.now();
    changes.forEach((id, status) -> update(app, app.assignmentMap(task.id()).get(id).withStatus(status, now)));
  }

  /** Stores the assignment and moves the unit's annotations to the matching status. */
  private void update(AppData app, Assignment a) {
    app.putAssignment(a);
    StatusCode annotationStatus = annotationStatus(a.status());
    long now = engine.now();
    for (Annotation an : app.unitAnnotations(a.taskId(), a.inputId(), a.workerId())) {
      if (an.status() != annotationStatus) {
        app.putAnnotation(an.withStatus(annotationStatus, now));
      }
    }
  }
}
