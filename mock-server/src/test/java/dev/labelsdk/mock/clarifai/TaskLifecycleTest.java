package dev.labelsdk.mock.clarifai;

import static dev.labelsdk.mock.clarifai.AssignmentAction.LABEL_START;
import static dev.labelsdk.mock.clarifai.AssignmentAction.LABEL_SUBMIT;
import static dev.labelsdk.mock.clarifai.AssignmentAction.REVIEW_APPROVE;
import static dev.labelsdk.mock.clarifai.AssignmentAction.REVIEW_REJECT;
import static dev.labelsdk.mock.clarifai.AssignmentAction.REVIEW_REQUEST_CHANGES;
import static dev.labelsdk.mock.clarifai.AssignmentAction.REVIEW_START;
import static dev.labelsdk.mock.clarifai.Errors.codeOf;
import static dev.labelsdk.mock.clarifai.StatusCode.ANNOTATION_AWAITING_CONSENSUS_REVIEW;
import static dev.labelsdk.mock.clarifai.StatusCode.ANNOTATION_AWAITING_REVIEW;
import static dev.labelsdk.mock.clarifai.StatusCode.ANNOTATION_PENDING;
import static dev.labelsdk.mock.clarifai.StatusCode.ANNOTATION_REVIEW_DENIED;
import static dev.labelsdk.mock.clarifai.StatusCode.ANNOTATION_SUCCESS;
import static dev.labelsdk.mock.clarifai.StatusCode.TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW;
import static dev.labelsdk.mock.clarifai.StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW;
import static dev.labelsdk.mock.clarifai.StatusCode.TASK_ASSIGNMENT_PENDING;
import static dev.labelsdk.mock.clarifai.StatusCode.TASK_ASSIGNMENT_REJECTED;
import static dev.labelsdk.mock.clarifai.StatusCode.TASK_ASSIGNMENT_SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.common.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Assignment, labeling, review and consensus through the engine (spec §7.2, §7.6, §8), with
 * metrics and counts.
 */
class TaskLifecycleTest {

  private final EngineFixture f = new EngineFixture(10);

  @Test
  void partitionedTasksAssignTheSnapshotByLargestRemainder_vector2() {
    Task t = f.create(Specs.task().weighted(1, "u1", 90, "u2", 10));
    assertThat(f.assignments(t)).extracting(Assignment::workerId)
        .containsExactly("u1", "u1", "u1", "u1", "u1", "u1", "u1", "u1", "u1", "u2");
    assertThat(f.assignments(t)).extracting(Assignment::status).containsOnly(TASK_ASSIGNMENT_PENDING);
    assertThat(t.inputIds()).hasSize(10);
  }

  @Test
  void noReviewApprovesOnSubmitAndMetricsAndCountsFollow() {
    Task t = f.create(Specs.task().full("u1", "u2"));
    Annotation a = f.label(t, "u1", "i01", "water").value();
    assertThat(a.status()).isEqualTo(ANNOTATION_SUCCESS);
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_SUCCESS);
    TaskMetrics m = f.engine.tasks().get(f.owner, t.id(), true).metrics();
    assertThat(m.inputSourceCount()).isEqualTo(10);
    assertThat(m.workCount()).isZero(); // u2 has not submitted i01 yet
    f.label(t, "u2", "i01", "tree");
    m = f.engine.tasks().get(f.owner, t.id(), true).metrics();
    assertThat(List.of(m.workCount(), (long) m.workPercent(), m.reviewCount(), (long) m.reviewPercent()))
        .containsExactly(1L, 10L, 1L, 10L);
    TaskCounts inputs = f.engine.tasks().inputCounts(f.owner, t.id(), List.of());
    assertThat(inputs.counts()).extracting(TaskCounts.WorkerCounts::userId).containsExactly("u1", "u2");
    assertThat(inputs.counts().get(0)).isEqualTo(new TaskCounts.WorkerCounts("u1", 9, 0, 1, 0, 0));
    TaskCounts annotations = f.engine.tasks().annotationCounts(f.owner, t.id(), List.of("u2"));
    assertThat(annotations.counts()).containsExactly(new TaskCounts.WorkerCounts("u2", 0, 0, 1, 0, 0));
  }

  @Test
  void manualReviewWaitsForAReviewerWhoseRejectionIsFinal_vector14() {
    Task t = f.create(Specs.task().full("u1").manual("r1"));
    f.label(t, "u1", "i01", "water");
    Assignment a = f.assignment(t, "i01", "u1");
    assertThat(a.status()).isEqualTo(TASK_ASSIGNMENT_AWAITING_REVIEW);
    assertThat(f.put(f.as("r1"), t, REVIEW_START)).extracting(v -> v.assignment().id()).containsExactly(a.id());
    assertThat(codeOf(() -> f.put(f.as("u1"), t, REVIEW_REJECT, a.id()))).isEqualTo(StatusCode.TASK_PERMISSION_DENIED);
    f.put(f.as("r1"), t, REVIEW_REJECT, a.id());
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_REJECTED);
    assertThat(annotationStatuses(t)).containsExactly(ANNOTATION_REVIEW_DENIED);
    assertThat(f.engine.tasks().inputCounts(f.owner, t.id(), List.of()).counts().get(0).reviewDenied()).isEqualTo(1);
    assertThat(codeOf(() -> f.put(f.as("r1"), t, REVIEW_APPROVE, a.id()))).isEqualTo(StatusCode.TASK_CONFLICT);
    TaskMetrics m = f.engine.tasks().get(f.owner, t.id(), true).metrics();
    assertThat(m.reviewCountPerReviewer()).containsExactly(1L);
    assertThat(m.reviewPercentPerReviewer()).containsExactly(100);
  }

  @Test
  void requestedChangesReopenTheUnitForEditsAndResubmission() {
    Task t = f.create(Specs.task().full("u1").manual("r1"));
    Annotation a = f.label(t, "u1", "i01", "water").value();
    ItemResult<Annotation> frozen = f.engine.annotations().patch(f.as("u1"), PatchAction.MERGE,
        List.of(new AnnotationSpec(a.id(), null, Json.tree("{\"concepts\":[{\"id\":\"tree\",\"value\":1}]}"), null, null, null))).get(0);
    assertThat(frozen.error().code()).isEqualTo(StatusCode.TASK_CONFLICT);
    String id = f.assignment(t, "i01", "u1").id();
    f.put(f.as("r1"), t, REVIEW_REQUEST_CHANGES, id);
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_PENDING);
    assertThat(annotationStatuses(t)).containsExactly(ANNOTATION_PENDING);
    Annotation edited = f.engine.annotations().patch(f.as("u1"), PatchAction.MERGE,
        List.of(new AnnotationSpec(a.id(), null, Json.tree("{\"concepts\":[{\"id\":\"tree\",\"value\":1}]}"), null, null, null)))
        .get(0).value();
    assertThat(edited.data().get("concepts")).hasSize(2);
    assertThat(f.put(f.as("u1"), t, LABEL_SUBMIT, id).get(0).assignment().status()).isEqualTo(TASK_ASSIGNMENT_AWAITING_REVIEW);
    assertThat(f.put(f.as("u1"), t, LABEL_SUBMIT, id).get(0).assignment().status())
        .isEqualTo(TASK_ASSIGNMENT_AWAITING_REVIEW); // idempotent
  }

  @Test
  void consensusApprovesAgreeingLabelersAndSendsTheOthersToReview_vector12() {
    Task t = f.create(Specs.task().full("u1", "u2", "u3").consensus(2, "r1"));
    f.label(t, "u1", "i01", "water");
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW);
    assertThat(annotationStatuses(t)).containsExactly(ANNOTATION_AWAITING_CONSENSUS_REVIEW);
    f.label(t, "u2", "i01", "water");
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_SUCCESS);
    assertThat(f.assignment(t, "i01", "u2").status()).isEqualTo(TASK_ASSIGNMENT_SUCCESS);
    assertThat(f.label(t, "u3", "i01", "tree").value().status()).isEqualTo(ANNOTATION_AWAITING_REVIEW);
    assertThat(f.assignment(t, "i01", "u3").status()).isEqualTo(TASK_ASSIGNMENT_AWAITING_REVIEW);
  }

  @Test
  void aThresholdNoInputCanReachGoesStraightToReview_vector13() {
    Task t = f.create(Specs.task().weighted(1, "u1", 1, "u2", 1, "u3", 1).consensus(2, "u4"));
    f.label(t, "u1", "i01", "water");
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_AWAITING_REVIEW);
    assertThat(annotationStatuses(t)).containsExactly(ANNOTATION_AWAITING_REVIEW);
  }

  @Test
  void withReviewerThresholdMinusOneEveryReviewerMustApproveButTheOwnerDecidesAlone() {
    Task t = f.create(Specs.task().full("u1").consensus(1, -1, "r1", "r2"));
    f.label(t, "u1", "i01", "water"); // threshold 1: approved by consensus at once
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_SUCCESS);
    Task manual = f.create(Specs.task().full("u1").consensus(0, -1, "r1", "r2"));
    f.label(manual, "u1", "i01", "water");
    f.label(manual, "u1", "i02", "water");
    String first = f.assignment(manual, "i01", "u1").id();
    f.put(f.as("r1"), manual, REVIEW_APPROVE, first);
    assertThat(f.assignment(manual, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_AWAITING_REVIEW);
    f.put(f.as("r2"), manual, REVIEW_APPROVE, first);
    assertThat(f.assignment(manual, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_SUCCESS);
    f.put(f.owner, manual, REVIEW_APPROVE, f.assignment(manual, "i02", "u1").id());
    assertThat(f.assignment(manual, "i02", "u1").status()).isEqualTo(TASK_ASSIGNMENT_SUCCESS);
  }

  @Test
  void oldFlowReviewPatchesAnnotationStatusesAsReviewerOnly() {
    Task t = f.create(Specs.task().full("u1").manual("r1"));
    Annotation a = f.label(t, "u1", "i01", "water").value();
    AnnotationSpec approve = new AnnotationSpec(a.id(), "i01", null, ANNOTATION_SUCCESS, null, null);
    assertThat(f.engine.annotations().patch(f.as("u1"), PatchAction.MERGE, List.of(approve)).get(0).error().code())
        .isEqualTo(StatusCode.ANNOTATION_PERMISSION_DENIED);
    assertThat(f.engine.annotations().patch(f.as("r1"), PatchAction.MERGE, List.of(approve)).get(0).value().status())
        .isEqualTo(ANNOTATION_SUCCESS);
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_SUCCESS);
  }

  @Test
  void draftsSubmitNothingUntilLabelSubmit() {
    Task t = f.create(Specs.task().full("u1"));
    assertThat(f.post(t, "u1", "i01", ANNOTATION_PENDING, "water").value().status()).isEqualTo(ANNOTATION_PENDING);
    assertThat(f.assignment(t, "i01", "u1").status()).isEqualTo(TASK_ASSIGNMENT_PENDING);
    List<AssignmentView> started = f.put(f.as("u1"), t, LABEL_START);
    assertThat(started).hasSize(10);
    assertThat(started.get(0).input().id()).isEqualTo("i01");
    f.put(f.as("u1"), t, LABEL_SUBMIT, started.get(0).assignment().id());
    assertThat(annotationStatuses(t)).containsExactly(ANNOTATION_SUCCESS);
    assertThat(codeOf(() -> f.put(f.as("u2"), t, LABEL_START))).isEqualTo(StatusCode.TASK_PERMISSION_DENIED);
  }

  @Test
  void annotationChecksFollowTheSpecOrder() {
    Task t = f.create(Specs.task().evenly(1, "u1", "u2"));
    assertThat(f.label(t, "u1", "i02", "water").error().code()).isEqualTo(StatusCode.TASK_PERMISSION_DENIED);
    assertThat(f.label(t, "u1", "nope", "water").error().code()).isEqualTo(StatusCode.INPUT_DOES_NOT_EXIST);
    f.label(t, "u1", "i01", "water");
    assertThat(f.label(t, "u1", "i01", "tree").error().code()).isEqualTo(StatusCode.TASK_CONFLICT);
    Task missing = new Task("nope", EngineFixture.APP, 0, 0, t.spec(), t.status(), List.of());
    assertThat(f.label(missing, "u1", "i01", "water").error().code()).isEqualTo(StatusCode.TASK_MISSING);
    ItemResult<Annotation> badBox = f.engine.annotations().post(f.as("u2"), List.of(new AnnotationSpec(null, "i02",
        Json.tree("{\"regions\":[{\"region_info\":{\"bounding_box\":{\"top_row\":0.5,\"left_col\":0,"
            + "\"bottom_row\":0.2,\"right_col\":1}}}]}"), null, t.id(), null))).get(0);
    assertThat(badBox.error().code()).isEqualTo(StatusCode.ANNOTATION_INVALID_ARGUMENT);
  }

  @Test
  void dynamicTasksHandOutBatchesOnLabelStart() {
    EngineFixture big = new EngineFixture(25);
    Task t = big.create(Specs.task().dynamic(1, "u1", "u2"));
    assertThat(big.assignments(t)).isEmpty();
    List<AssignmentView> first = big.put(big.as("u1"), t, LABEL_START);
    assertThat(first).extracting(v -> v.input().id()).containsExactly(
        "i01", "i02", "i03", "i04", "i05", "i06", "i07", "i08", "i09", "i10");
    assertThat(big.put(big.as("u1"), t, LABEL_START)).isEqualTo(first); // existing pending ones again
    assertThat(big.put(big.as("u2"), t, LABEL_START)).extracting(v -> v.input().id()).startsWith("i11").hasSize(10);
    for (AssignmentView v : first) {
      big.label(t, "u1", v.input().id(), "water");
    }
    assertThat(big.put(big.as("u1"), t, LABEL_START)).extracting(v -> v.input().id())
        .containsExactly("i21", "i22", "i23", "i24", "i25");
    assertThat(big.put(big.as("u2"), t, LABEL_START)).hasSize(10); // u2's pending batch
    assertThat(big.engine.tasks().get(big.owner, t.id(), true).metrics().workCount()).isEqualTo(10);
  }

  @Test
  void aDoneTaskRefusesLabelingUntilReopened_vector10() {
    Task t = f.create(Specs.task().full("u1"));
    f.engine.tasks().setStatus(f.owner, List.of(new TaskOperations.StatusChange(t.id(), StatusCode.TASK_DONE)));
    assertThat(codeOf(() -> f.put(f.as("u1"), t, LABEL_START))).isEqualTo(StatusCode.TASK_CONFLICT);
    assertThat(f.label(t, "u1", "i01", "water").error().code()).isEqualTo(StatusCode.TASK_CONFLICT);
    f.engine.tasks().setStatus(f.owner, List.of(new TaskOperations.StatusChange(t.id(), StatusCode.TASK_IN_PROGRESS)));
    assertThat(f.put(f.as("u1"), t, LABEL_START)).hasSize(10);
  }

  @Test
  void overwriteRebuildsAssignmentsUntilWorkStarted() {
    Task t = f.create(Specs.task().id("t").full("u1"));
    f.engine.tasks().overwrite(f.owner, List.of(Specs.task().id("t").full("u2").build()));
    assertThat(f.assignments(t)).extracting(Assignment::workerId).containsOnly("u2").hasSize(10);
    f.engine.tasks().overwrite(f.owner, List.of(Specs.task().id("t").full("u2").manual("r9").build()));
    f.label(t, "u2", "i01", "water");
    assertThat(codeOf(() -> f.engine.tasks().overwrite(f.owner, List.of(Specs.task().id("t").full("u3").build()))))
        .isEqualTo(StatusCode.TASK_CONFLICT);
    assertThat(f.assignment(t, "i01", "u2").status()).isEqualTo(TASK_ASSIGNMENT_AWAITING_REVIEW); // review change applied
  }

  @Test
  void deletingAnInputTakesItOutOfTasksAndDeletesItsAnnotations() {
    Task t = f.create(Specs.task().full("u1"));
    f.label(t, "u1", "i01", "water");
    f.engine.inputs().delete(f.owner, List.of("i01"));
    assertThat(f.assignments(t)).hasSize(9).extracting(Assignment::inputId).doesNotContain("i01");
    assertThat(f.engine.tasks().get(f.owner, t.id(), true).metrics().inputSourceCount()).isEqualTo(9);
    assertThat(annotationStatuses(t)).isEmpty();
    assertThat(codeOf(() -> {
      f.engine.inputs().delete(f.owner, List.of("i02", "i01"));
      return null;
    })).isEqualTo(StatusCode.INPUT_DOES_NOT_EXIST);
    assertThat(f.assignments(t)).hasSize(9); // all-or-nothing
  }

  private List<StatusCode> annotationStatuses(Task t) {
    return f.engine.annotations().list(f.owner, new AnnotationQuery(List.of(), List.of(), List.of(), List.of(),
        t.id(), false), Page.first()).stream().map(Annotation::status).toList();
  }
}
