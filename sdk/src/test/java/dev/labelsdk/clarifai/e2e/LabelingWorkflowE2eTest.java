package dev.labelsdk.clarifai.e2e;

import static dev.labelsdk.clarifai.e2e.ClarifaiE2e.as;
import static dev.labelsdk.clarifai.e2e.ClarifaiE2e.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.PermissionDeniedException;
import dev.labelsdk.clarifai.TaskAssignments;
import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.AnnotationQuery;
import dev.labelsdk.clarifai.model.BoundingBox;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.Region;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.clarifai.model.TaskCounts;
import dev.labelsdk.clarifai.model.TaskMetrics;
import dev.labelsdk.clarifai.model.TaskReview;
import dev.labelsdk.clarifai.model.TaskType;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.clarifai.model.WorkerCounts;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole labeling workflow against the mock, for every worker strategy (FULL, PARTITIONED
 * evenly and by weight, DYNAMIC) and every review strategy (NONE, MANUAL, CONSENSUS): inputs
 * in a dataset, a task, workers labeling through their own keys, review, counts and metrics.
 */
class LabelingWorkflowE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  ClarifaiClient owner;
  ClarifaiClient u1;
  ClarifaiClient u2;
  ClarifaiClient u3;
  ClarifaiClient r1;
  List<String> inputs;

  @BeforeEach
  void people() {
    ClarifaiE2e.seedPeople(MOCK.clarifai(), "u1", "u2", "u3", "r1");
    owner = as(MOCK, "owner");
    u1 = as(MOCK, "u1");
    u2 = as(MOCK, "u2");
    u3 = as(MOCK, "u3");
    r1 = as(MOCK, "r1");
    inputs = ClarifaiE2e.createInputs(owner, 6);
    // An input outside the dataset: never part of the tasks below.
    owner.inputs().create(Input.text("elsewhere", "a river"));
  }

  @AfterEach
  void close() {
    for (ClarifaiClient c : List.of(owner, u1, u2, u3, r1)) {
      c.close();
    }
  }

  Task create(TaskWorker worker, TaskReview review) {
    return owner.tasks().create(Task.builder().name("Annotate water").concepts("water", "tree")
        .inputSource(InputSource.dataset(ClarifaiE2e.DATASET)).worker(worker).review(review)
        .build());
  }

  static List<StatusCode> states(List<TaskAssignment> assignments) {
    return assignments.stream().map(TaskAssignment::statusCode).distinct().toList();
  }

  WorkerCounts inputCounts(Task task, String user) {
    return owner.tasks().inputCounts(task.id()).of(user).orElseThrow();
  }

  TaskMetrics metrics(Task task) {
    return owner.tasks().get(task.id(), AdditionalField.METRICS).metrics().orElseThrow();
  }

  @Test
  void fullWorkersWithoutReview_everyoneLabelsEverythingAndIsAcceptedAtOnce() {
    Task task = create(TaskWorker.full("u1", "u2"), TaskReview.none());
    assertThat(task.status().orElseThrow().code()).isSameAs(StatusCode.TASK_IN_PROGRESS);
    assertThat(task.id()).matches("[0-9a-f]{32}");

    for (ClarifaiClient worker : List.of(u1, u2)) {
      List<TaskAssignment> work = worker.tasks().assignments(task.id()).labelStart();
      assertThat(work).extracting(TaskAssignment::inputId).containsExactlyElementsOf(inputs);
      assertThat(states(work)).containsExactly(StatusCode.TASK_ASSIGNMENT_PENDING);
      assertThat(states(label(worker, task.id(), work, "water")))
          .containsExactly(StatusCode.TASK_ASSIGNMENT_SUCCESS);
    }

    assertThat(owner.annotations().listAll(AnnotationQuery.forTask(task.id())).stream()
        .map(a -> a.status().orElseThrow().code()).distinct().toList())
        .containsExactly(StatusCode.ANNOTATION_SUCCESS);
    TaskCounts counts = owner.tasks().annotationCounts(task.id());
    assertThat(counts.counts()).extracting(WorkerCounts::userId).containsExactly("u1", "u2");
    assertThat(counts.total()).isEqualTo(new WorkerCounts("", 0, 0, 12, 0, 0));
    assertThat(inputCounts(task, "u2")).isEqualTo(new WorkerCounts("u2", 0, 0, 6, 0, 0));
    TaskMetrics m = metrics(task);
    assertThat(m.inputSourceInputs()).isEqualTo(6);
    assertThat(m.workedInputs()).isEqualTo(6);
    assertThat(m.workedPercent()).isEqualTo(100);
    assertThat(m.reviewedPercent()).isEqualTo(100);
  }

  @Test
  void evenlyPartitionedWithManualReview_reviewerApprovesRejectsAndSendsBack() {
    Task task = create(TaskWorker.evenly("u1", "u2", "u3"),
        TaskReview.manual().reviewers("r1"));
    List<TaskAssignment> w1 = u1.tasks().assignments(task.id()).labelStart();
    List<TaskAssignment> w2 = u2.tasks().assignments(task.id()).labelStart();
    List<TaskAssignment> w3 = u3.tasks().assignments(task.id()).labelStart();
    assertThat(List.of(w1.size(), w2.size(), w3.size())).containsExactly(2, 2, 2);

    assertThat(states(label(u1, task.id(), w1, "water")))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW);
    label(u2, task.id(), w2, "water");
    label(u3, task.id(), w3, "tree");
    assertThat(inputCounts(task, "u1").awaitingReview()).isEqualTo(2);
    assertThat(metrics(task).workedPercent()).isEqualTo(100);
    assertThat(metrics(task).reviewedInputs()).isZero();

    TaskAssignments review = r1.tasks().assignments(task.id());
    assertThat(review.reviewStart()).hasSize(6);
    assertThat(review.reviewStart("u2")).extracting(TaskAssignment::workerId)
        .containsOnly("u2").hasSize(2);
    assertThatThrownBy(() -> u1.tasks().assignments(task.id()).approve(w2))
        .isInstanceOfSatisfying(PermissionDeniedException.class,
            e -> assertThat(e.code()).isEqualTo(54103));

    assertThat(states(review.approve(w1))).containsExactly(StatusCode.TASK_ASSIGNMENT_SUCCESS);
    assertThat(states(review.reject(w2.get(0).id())))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_REJECTED);
    assertThat(states(review.requestChanges(w2.get(1).id())))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_PENDING);
    assertThat(states(review.approveWorkers("u3")))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_SUCCESS);
    assertThat(inputCounts(task, "u2")).isEqualTo(new WorkerCounts("u2", 1, 0, 0, 1, 0));
    assertThat(owner.tasks().annotationCounts(task.id(), "u2").counts()).singleElement()
        .isEqualTo(new WorkerCounts("u2", 1, 0, 0, 1, 0));

    // The worker sees the sent-back input again, fixes it and submits once more.
    List<TaskAssignment> again = u2.tasks().assignments(task.id()).labelStart();
    assertThat(again).extracting(TaskAssignment::id).containsExactly(w2.get(1).id());
    label(u2, task.id(), again, "tree");
    assertThat(states(review.approve(again))).containsExactly(StatusCode.TASK_ASSIGNMENT_SUCCESS);

    assertThat(inputCounts(task, "u2")).isEqualTo(new WorkerCounts("u2", 0, 0, 1, 1, 0));
    TaskMetrics m = metrics(task);
    assertThat(m.reviewedInputs()).isEqualTo(6);
    assertThat(m.reviewedPerReviewer()).containsExactly(6L);
    assertThat(m.reviewablePerReviewer()).containsExactly(0L);
  }

  @Test
  void weightedPartitionedWithConsensus_agreementIsApprovedAndDisagreementReviewed() {
    // Two labelers per input; u1 weighs half of all slots, so u1 labels every input.
    Task task = create(TaskWorker.partitioned().weight("u1", 2).weight("u2", 1).weight("u3", 1)
        .workersPerInput(2), TaskReview.consensus(2).reviewers("r1"));
    List<TaskAssignment> w1 = u1.tasks().assignments(task.id()).labelStart();
    List<TaskAssignment> w2 = u2.tasks().assignments(task.id()).labelStart();
    List<TaskAssignment> w3 = u3.tasks().assignments(task.id()).labelStart();
    assertThat(w1).hasSize(6);
    assertThat(w2.size() + w3.size()).isEqualTo(6);
    assertThat(List.of(w2.size(), w3.size())).containsExactly(3, 3);

    assertThat(states(label(u1, task.id(), w1, "water")))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW);
    assertThat(owner.tasks().annotationCounts(task.id(), "u1").counts().get(0)
        .awaitingConsensusReview()).isEqualTo(6);

    // u2 agrees with u1: consensus approves both. u3 disagrees: both go to the reviewer.
    assertThat(states(label(u2, task.id(), w2, "water")))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_SUCCESS);
    assertThat(states(label(u3, task.id(), w3, "tree")))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW);
    assertThat(inputCounts(task, "u1")).isEqualTo(new WorkerCounts("u1", 0, 3, 3, 0, 0));
    assertThat(inputCounts(task, "u2")).isEqualTo(new WorkerCounts("u2", 0, 0, 3, 0, 0));
    assertThat(metrics(task).reviewedInputs()).isEqualTo(3);

    TaskAssignments review = r1.tasks().assignments(task.id());
    List<TaskAssignment> disputed = review.reviewStart();
    assertThat(disputed).hasSize(6).extracting(TaskAssignment::workerId)
        .containsOnly("u1", "u3");
    review.approve(disputed.stream().filter(a -> a.workerId().equals("u1")).toList());
    review.rejectWorkers("u3");
    assertThat(inputCounts(task, "u3")).isEqualTo(new WorkerCounts("u3", 0, 0, 0, 3, 0));
    TaskMetrics m = metrics(task);
    assertThat(m.reviewedInputs()).isEqualTo(6);
    assertThat(m.reviewedPercent()).isEqualTo(100);
  }

  @Test
  void theSeedsConsensusExample_aSingleLabelerPerInputGoesStraightToReview() {
    Task task = create(TaskWorker.partitioned().weight("u1", 1).weight("u2", 1).weight("u3", 1)
        .workersPerInput(1), TaskReview.consensus(2).reviewers("r1"));
    assertThat(task.review().approvalThreshold()).isEqualTo(2);
    List<TaskAssignment> w1 = u1.tasks().assignments(task.id()).labelStart();
    assertThat(states(label(u1, task.id(), w1, "water")))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW);
    assertThat(r1.tasks().assignments(task.id()).reviewStart()).hasSameSizeAs(w1);
  }

  @Test
  void dynamicWorkersTakeBatchesAsTheyGo() {
    MOCK.clarifai().updateConfig(Map.of("dynamic_batch_size", 4));
    Task task = create(TaskWorker.dynamic("u1", "u2"), TaskReview.none());
    assertThat(owner.tasks().inputCounts(task.id()).total().total()).isZero();

    List<TaskAssignment> first = u1.tasks().assignments(task.id()).labelStart();
    assertThat(first).extracting(TaskAssignment::inputId)
        .containsExactlyElementsOf(inputs.subList(0, 4));
    // Asking again hands out the same pending work, not more.
    assertThat(u1.tasks().assignments(task.id()).labelStart()).isEqualTo(first);
    List<TaskAssignment> second = u2.tasks().assignments(task.id()).labelStart();
    assertThat(second).extracting(TaskAssignment::inputId)
        .containsExactlyElementsOf(inputs.subList(4, 6));

    label(u1, task.id(), first, "water");
    assertThat(u1.tasks().assignments(task.id()).labelStart()).isEmpty();
    assertThat(metrics(task).workedInputs()).isEqualTo(4);
    label(u2, task.id(), second, "water");
    assertThat(owner.tasks().inputCounts(task.id()).counts()).containsExactly(
        new WorkerCounts("u1", 0, 0, 4, 0, 0), new WorkerCounts("u2", 0, 0, 2, 0, 0));
    assertThat(metrics(task).workedPercent()).isEqualTo(100);
  }

  @Test
  void theOlderFlow_postingSubmitsAndReviewersPatchAnnotationStatuses() {
    Task task = create(TaskWorker.full("u1"), TaskReview.manual().reviewers("r1"));
    // No draft: posting the annotation submits the assignment at once.
    Annotation posted = u1.annotations().create(Annotation.builder().inputId(inputs.get(0))
        .taskId(task.id()).concepts(Concept.of("water"), Concept.negative("tree")).build())
        .succeeded().get(0);
    assertThat(posted.status().orElseThrow().code())
        .isSameAs(StatusCode.ANNOTATION_AWAITING_REVIEW);
    assertThat(posted.userId()).isEqualTo("u1");
    assertThat(posted.data().positiveConceptIds()).containsExactly("water");

    Annotation approved = r1.annotations().setStatus(StatusCode.ANNOTATION_SUCCESS,
        List.of(posted)).succeeded().get(0);
    assertThat(approved.status().orElseThrow().code()).isSameAs(StatusCode.ANNOTATION_SUCCESS);
    assertThat(inputCounts(task, "u1").success()).isEqualTo(1);
    assertThat(owner.annotations().get(inputs.get(0), posted.id()).status().orElseThrow().code())
        .isSameAs(StatusCode.ANNOTATION_SUCCESS);
  }

  @Test
  void boundingBoxConsensusComparesRegions() {
    Task task = owner.tasks().create(Task.builder().type(TaskType.BOUNDING_BOX_DETECTION)
        .concepts("boat").inputSource(InputSource.dataset(ClarifaiE2e.DATASET))
        .worker(TaskWorker.full("u1", "u2")).review(TaskReview.consensus(2).reviewers("r1"))
        .build());
    TaskAssignment a1 = u1.tasks().assignments(task.id()).labelStart().get(0);
    TaskAssignment a2 = u2.tasks().assignments(task.id()).labelStart().get(0);
    for (ClarifaiClient worker : List.of(u1, u2)) {
      double shift = worker == u1 ? 0 : 0.02; // almost the same box: IoU well above 0.5
      worker.annotations().create(Annotation.builder().inputId(a1.inputId()).taskId(task.id())
          .regions(Region.box(BoundingBox.of(0.1 + shift, 0.1, 0.5, 0.5), Concept.of("boat")))
          .draft().build());
    }
    u1.tasks().assignments(task.id()).submit(List.of(a1));
    assertThat(states(u2.tasks().assignments(task.id()).submit(List.of(a2))))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_SUCCESS);
    assertThat(owner.annotations().list(AnnotationQuery.forTask(task.id())).items())
        .allSatisfy(a -> assertThat(a.data().regions()).singleElement()
            .satisfies(r -> assertThat(r.id()).isNotEmpty()));
  }
}
