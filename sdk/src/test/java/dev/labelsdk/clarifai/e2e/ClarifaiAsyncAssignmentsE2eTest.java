package dev.labelsdk.clarifai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.TaskAssignmentsAsync;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.clarifai.model.TaskReview;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.clarifai.model.WorkerCounts;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.e2e.FakeTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Labeling and review through {@code async().tasks().assignments(id)} against the mock: two
 * workers label at once and a reviewer decides, through answers lost after the mock applied
 * the action. Every action is a PUT of an end state, so the retry lands where the first
 * attempt did. No real waits: retries wait on a fake clock that moves the mock's.
 */
class ClarifaiAsyncAssignmentsE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  static final String ASSIGNMENTS = "/assignments";

  final FakeTime time = new FakeTime(MOCK);
  ClarifaiClient owner;
  ClarifaiClient u1;
  ClarifaiClient u2;
  ClarifaiClient r1;

  @BeforeEach
  void people() {
    ClarifaiE2e.seedPeople(MOCK.clarifai(), "u1", "u2", "r1");
    MOCK.clarifai().setRateLimit(0);
    owner = ClarifaiE2e.ownerOnFakeTime(MOCK, time, 10);
    u1 = ClarifaiE2e.onFakeTime(MOCK, "u1", time, 10);
    u2 = ClarifaiE2e.onFakeTime(MOCK, "u2", time, 10);
    r1 = ClarifaiE2e.onFakeTime(MOCK, "r1", time, 10);
  }

  @AfterEach
  void close() {
    for (ClarifaiClient c : List.of(owner, u1, u2, r1)) {
      c.close();
    }
  }

  /** Starts, annotates and submits the worker's batch, asynchronously. */
  static CompletableFuture<List<TaskAssignment>> labelAndSubmit(ClarifaiClient worker,
      String taskId, String concept) {
    TaskAssignmentsAsync work = worker.async().tasks().assignments(taskId);
    return work.labelStart().thenCompose(batch -> worker.async().annotations()
        .create(batch.stream().map(a -> Annotation.builder().inputId(a.inputId())
            .taskId(taskId).concepts(Concept.of(concept)).draft().build()).toList())
        .thenCompose(created -> work.submit(batch)));
  }

  static List<StatusCode> states(List<TaskAssignment> assignments) {
    return assignments.stream().map(TaskAssignment::statusCode).distinct().toList();
  }

  @Test
  void workersLabelAndAReviewerDecidesThroughLostAnswers() throws Exception {
    List<String> inputs = ClarifaiE2e.createInputs(owner, 6);
    Task task = owner.tasks().create(Task.builder().name("Annotate water").concepts("water")
        .inputSource(InputSource.dataset(ClarifaiE2e.DATASET))
        .worker(TaskWorker.evenly("u1", "u2")).review(TaskReview.manual().reviewers("r1"))
        .build());
    // Applied, then answered with an internal error or a dropped connection.
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).afterProcessing().times(3)
        .on("PUT", ASSIGNMENTS + "$"));
    MOCK.clarifai().addFault(ClarifaiFault.drop().afterProcessing().times(1)
        .on("PUT", ASSIGNMENTS + "$"));

    CompletableFuture<List<TaskAssignment>> w1 = labelAndSubmit(u1, task.id(), "water");
    CompletableFuture<List<TaskAssignment>> w2 = labelAndSubmit(u2, task.id(), "water");
    assertThat(states(w1.get(30, TimeUnit.SECONDS)))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW);
    assertThat(states(w2.get(30, TimeUnit.SECONDS)))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW);
    assertThat(w1.join().size() + w2.join().size()).isEqualTo(inputs.size());

    TaskAssignmentsAsync review = r1.async().tasks().assignments(task.id());
    assertThat(review.reviewStart().get(30, TimeUnit.SECONDS)).hasSize(6);
    assertThat(states(review.approve(w1.join()).get(30, TimeUnit.SECONDS)))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_SUCCESS);
    assertThat(states(review.requestChangesWorkers("u2").get(30, TimeUnit.SECONDS)))
        .containsExactly(StatusCode.TASK_ASSIGNMENT_PENDING);

    assertThat(MOCK.clarifai().faults()).as("every fault was met").isEmpty();
    // 2 starts + 2 submits + review start + 2 decisions, and one retry per lost answer.
    assertThat(ClarifaiE2e.requests(MOCK, "PUT", ASSIGNMENTS)).hasSize(7 + 4);
    // Each decision landed once: u1's accepted, u2's sent back, as the sync client reads them.
    assertThat(owner.tasks().inputCounts(task.id(), "u1").of("u1").orElseThrow())
        .isEqualTo(new WorkerCounts("u1", 0, 0, w1.join().size(), 0, 0));
    assertThat(owner.tasks().inputCounts(task.id(), "u2").of("u2").orElseThrow())
        .isEqualTo(new WorkerCounts("u2", w2.join().size(), 0, 0, 0, 0));
    // The sent-back inputs are the worker's next work, read by the deprecated call too.
    assertThat(u2.async().tasks().assignments(task.id()).next().get(30, TimeUnit.SECONDS))
        .extracting(i -> i.id())
        .containsExactlyInAnyOrderElementsOf(w2.join().stream().map(TaskAssignment::inputId)
            .toList());
  }
}
