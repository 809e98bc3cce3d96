package dev.labelsdk.mock.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Task validation (spec §7.1, §7.4): the status codes and details of refused specs, and that a
 * refused request changes nothing.
 */
class TaskValidationTest {

  private final EngineFixture f = new EngineFixture(10);

  private void refused(StatusCode code, String details, TaskSpec... specs) {
    StateSnapshot before = f.state();
    assertThatThrownBy(() -> f.engine.tasks().create(f.owner, List.of(specs)))
        .isInstanceOfSatisfying(ClarifaiError.class, e -> {
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.details()).contains(details);
        });
    assertThat(f.state()).isEqualTo(before);
  }

  @Test
  void impossibleWeightsNameTheWorkerAndTheShare_vector5() {
    refused(StatusCode.CONN_INVALID_REQUEST, "tasks[0]: weights are impossible: worker 'u1' has a share of 0.6, "
        + "more than 1/workers_per_input = 0.5", Specs.task().weighted(2, "u1", 60, "u2", 20, "u3", 20).build());
  }

  @Test
  void partitionedNeedsWorkersAndEnoughOfThem() {
    refused(StatusCode.CONN_INVALID_REQUEST, "tasks[0]: a PARTITIONED worker strategy needs workers",
        Specs.task().evenly(1).build());
    refused(StatusCode.CONN_INVALID_REQUEST, "workers_per_input exceeds number of workers (3 > 2)",
        Specs.task().evenly(3, "u1", "u2").build());
  }

  @Test
  void weightsMustMatchTheWorkersAndBeFiniteAndNotAllZero() {
    TaskSpec wrongKeys = withPartitioned(Specs.task().evenly(1, "u1", "u2").build(),
        new TaskSpec.Partitioned(PartitionedType.WEIGHTED, 1, Map.of("u1", 1.0)));
    refused(StatusCode.CONN_INVALID_REQUEST, "weights must name exactly the workers", wrongKeys);
    refused(StatusCode.CONN_INVALID_REQUEST, "the weight of worker 'u2' must be a finite number >= 0",
        Specs.task().weighted(1, "u1", 1, "u2", Double.NaN).build());
    refused(StatusCode.CONN_INVALID_REQUEST, "weights must not all be 0",
        Specs.task().weighted(1, "u1", 0, "u2", 0).build());
  }

  @Test
  void unknownSourcesAndUnimplementedScenarios() {
    refused(StatusCode.CONN_INVALID_REQUEST, "dataset 'nope' not found",
        Specs.task().source(InputSourceType.DATASET, "nope").build());
    refused(StatusCode.CONN_INVALID_REQUEST, "input_source.id is required for a SAVED_SEARCH source",
        Specs.task().source(InputSourceType.SAVED_SEARCH, null).build());
    refused(StatusCode.TASK_NOT_IMPLEMENTED, "INPUT input source", Specs.task().source(InputSourceType.INPUT, "x").build());
    refused(StatusCode.TASK_NOT_IMPLEMENTED, "model and workflow workers", Specs.task().automated().build());
  }

  @Test
  void reviewSettingsAreChecked() {
    refused(StatusCode.CONN_INVALID_REQUEST, "approval_threshold_reviewers must be -1, 0 or 1",
        Specs.task().full("u1").consensus(1, 2, "r1").build());
    TaskSpec.Review r = new TaskSpec.Review(ReviewStrategy.MANUAL, List.of("r1"), new TaskSpec.Manual(1.5, 0), null);
    refused(StatusCode.CONN_INVALID_REQUEST, "sample_percentage must be within 0..1",
        withReview(Specs.task().full("u1").build(), r));
  }

  @Test
  void aMultiTaskCreateIsAllOrNothingAndDuplicateIdsAre40010() {
    refused(StatusCode.CONN_INVALID_REQUEST, "tasks[1]: ", Specs.task().full("u1").build(), Specs.task().evenly(1).build());
    f.create(Specs.task().id("t1"));
    refused(StatusCode.DATABASE_DUPLICATE_KEY, "tasks[0]: task id 't1' already exists", Specs.task().id("t1").build());
    refused(StatusCode.DATABASE_DUPLICATE_KEY, "tasks[1]: task id 't2' already exists",
        Specs.task().id("t2").build(), Specs.task().id("t2").build());
  }

  @Test
  void consensusThresholdAboveWorkersPerInputIsAllowedAndDefaultsAreNormalized() {
    Task t = f.create(Specs.task().weighted(0, "u1", 1, "u2", 1, "u3", 1).consensus(2, "u4"));
    assertThat(t.spec().worker().partitioned().workersPerInput()).isEqualTo(1); // 0 means 1
    assertThat(t.spec().review().consensus().approvalThresholdLabelers()).isEqualTo(2);
    Task notSet = f.engine.tasks().create(f.owner, List.of(new TaskSpec(null, TaskType.TYPE_NOT_SET, null, null,
        new TaskSpec.Worker(WorkerStrategy.WORKER_STRATEGY_NOT_SET, List.of("me", "u1", "me"), null,
            WorkerType.WORKER_TYPE_NOT_SET, false),
        List.of(), null, 0, null, null, null, null, null, null, false, TaskPriority.TASK_PRIORITY_NOT_SET,
        null))).get(0);
    assertThat(notSet.strategy()).isEqualTo(WorkerStrategy.FULL);
    assertThat(notSet.workers()).containsExactly("owner", "u1");
    assertThat(notSet.spec().inputSource().type()).isEqualTo(InputSourceType.ALL_INPUTS);
    assertThat(notSet.spec().review().strategy()).isEqualTo(ReviewStrategy.NONE);
  }

  @Test
  void strictReferencesRefuseUnknownConceptsAndNonMembers() {
    EngineFixture strict = new EngineFixture(1, ClarifaiConfig.builder().strictReferences(true).build());
    assertThatThrownBy(() -> strict.create(Specs.task()))
        .hasMessageContaining("concept 'water' not found");
    strict.engine.control().seed(new SeedData(List.of(), List.of(), List.of(),
        List.of(), List.of(new SeedData.NamedConcept(EngineFixture.APP, "water", "Water")), List.of()));
    assertThatThrownBy(() -> strict.create(Specs.task().full("u1")))
        .hasMessageContaining("worker 'u1' is neither the app owner nor a collaborator");
    assertThat(strict.create(Specs.task().full("owner")).spec().concepts().get(0).name()).isEqualTo("Water");
  }

  @Test
  void overwriteAndMergeCheckTheStatusAndTheTask() {
    Task t = f.create(Specs.task().full("u1"));
    Consumer<TaskSpec> overwrite = s -> f.engine.tasks().overwrite(f.owner, List.of(s));
    assertThatThrownBy(() -> overwrite.accept(Specs.task().id(t.id()).status(StatusCode.TASK_FAILED).full("u1").build()))
        .hasMessageContaining("tasks[0]: status.code must be TASK_IN_PROGRESS, TASK_DONE or TASK_WONT_DO");
    assertThatThrownBy(() -> overwrite.accept(Specs.task().id("nope").build()))
        .isInstanceOfSatisfying(ClarifaiError.class, e -> assertThat(e.code()).isEqualTo(StatusCode.TASK_MISSING));
    assertThatThrownBy(() -> f.engine.tasks().setStatus(f.owner, List.of(new TaskOperations.StatusChange(t.id(), null))))
        .hasMessageContaining("merge needs status.code");
  }

  private static TaskSpec withPartitioned(TaskSpec s, TaskSpec.Partitioned p) {
    TaskSpec.Worker w = s.worker();
    return new TaskSpec(s.id(), s.type(), s.description(), s.name(), new TaskSpec.Worker(w.strategy(), w.userIds(),
        p, w.type(), w.automated()), s.concepts(), s.inputSource(), s.sampleMs(),
        s.aiAssistant(), s.review(), s.status(), s.aiAssistParams(), s.visibility(), s.labelOrderId(),
        s.deletePreviousAnnotations(), s.priority(), s.metadata());
  }

  private static TaskSpec withReview(TaskSpec s, TaskSpec.Review r) {
    return new TaskSpec(s.id(), s.type(), s.description(), s.name(), s.worker(), s.concepts(), s.inputSource(),
        s.sampleMs(), s.aiAssistant(), r, s.status(), s.aiAssistParams(), s.visibility(), s.labelOrderId(),
        s.deletePreviousAnnotations(), s.priority(), s.metadata());
  }
}
