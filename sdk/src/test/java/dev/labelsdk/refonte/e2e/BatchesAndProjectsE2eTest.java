package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.refonte.BadRequestException;
import dev.labelsdk.refonte.ConflictException;
import dev.labelsdk.refonte.NotFoundException;
import dev.labelsdk.refonte.RecordingSleeper;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchStatus;
import dev.labelsdk.refonte.model.BatchStatusCounts;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Project;
import dev.labelsdk.refonte.model.ProjectParamVersion;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Batches and projects against the mock, including names with '/' and spaces. */
class BatchesAndProjectsE2eTest {

  static final String PROJECT = "kittens / 2024";

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.withRefonte(
      RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build());

  final RecordingSleeper sleeper = new RecordingSleeper();
  final RefonteClient client = E2eSupport.client(MOCK, "test_batches", sleeper);

  @AfterEach
  void close() {
    client.close();
  }

  Project project(String name, boolean rapid) {
    return client.projects().create(CreateProjectRequest.builder(TaskType.IMAGE_ANNOTATION, name)
        .params(Map.of("instruction", "Label every kitten")).rapid(rapid).build());
  }

  @Test
  void projectsCreateGetListAndVersionTheirParams() {
    Project created = project(PROJECT, false);
    assertThat(created.name()).isEqualTo(PROJECT);
    assertThat(created.currentParams()).hasValueSatisfying(v -> {
      assertThat(v.version()).isZero();
      assertThat(v.instruction()).contains("Label every kitten");
    });
    assertThat(client.projects().get(PROJECT).type()).isEqualTo(TaskType.IMAGE_ANNOTATION);
    project("other", false);
    assertThat(client.projects().list()).extracting(Project::name)
        .containsExactly(PROJECT, "other");

    Project v1 = client.projects().setParams(PROJECT, Map.of("instruction", "Only cats"));
    Project v2 = client.projects().setParams(PROJECT,
        JsonObject.of(Map.of("priority", 5)), true, RequestOptions.none());
    assertThat(v1.currentParams().map(ProjectParamVersion::version)).contains(1);
    assertThat(v2.currentParams()).hasValueSatisfying(v -> {
      assertThat(v.version()).isEqualTo(2);
      assertThat(v.instruction()).contains("Only cats");
      assertThat(v.params().getLong("priority")).contains(5L);
    });

    Task task = client.tasks().create(CreateTaskRequest.builder(TaskType.IMAGE_ANNOTATION)
        .attachment("https://e.com/k.jpg").project(PROJECT).build());
    assertThat(task.projectParamVersion()).contains(2);

    assertThatThrownBy(() -> project(PROJECT, false)).isExactlyInstanceOf(ConflictException.class)
        .hasMessageContaining("already exists");
    assertThatThrownBy(() -> client.projects().get("nope/nope"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void batchesCreateGetStatusFinalizeAndSetMetadata() {
    project(PROJECT, false);
    Batch batch = client.batches().create(CreateBatchRequest.builder(PROJECT, "batch/07 a")
        .metadata(Map.of("week", 7)).build());
    assertThat(batch.status()).isEqualTo(BatchStatus.IN_PROGRESS);
    assertThat(batch.project()).contains(PROJECT);
    assertThat(client.batches().get("batch/07 a").metadata().getLong("week")).contains(7L);

    for (int i = 0; i < 3; i++) {
      Task t = client.tasks().create(CreateTaskRequest.builder(TaskType.IMAGE_ANNOTATION)
          .attachment("https://e.com/" + i + ".jpg").batch("batch/07 a").build());
      assertThat(t.project()).contains(PROJECT);
    }
    BatchStatusCounts counts = client.batches().status("batch/07 a");
    assertThat(counts.status()).isEqualTo(BatchStatus.IN_PROGRESS);
    assertThat(counts.completed()).isEqualTo(3);
    assertThat(counts.total()).isEqualTo(3);

    assertThat(client.batches().finalizeBatch("batch/07 a").status())
        .isEqualTo(BatchStatus.IN_PROGRESS);
    assertThat(client.batches().setMetadata("batch/07 a", Map.of("done", true)).metadata()
        .getBoolean("done")).contains(true);

    assertThatThrownBy(() -> client.batches().create(
        CreateBatchRequest.builder(PROJECT, "batch/07 a").build()))
        .isExactlyInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> client.batches().create(
        CreateBatchRequest.builder("no such project", "b").build()))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> client.batches().get("batch/07"))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void rapidBatchesStartStagedUntilFinalized() {
    project("rapid/one", true);
    Batch staged = client.batches().create(CreateBatchRequest.builder("rapid/one", "r/1").build());
    assertThat(staged.status()).isEqualTo(BatchStatus.STAGING);
    assertThat(client.batches().finalizeBatch("r/1").status()).isEqualTo(BatchStatus.IN_PROGRESS);
  }

  @Test
  void batchesAreListedByOffsetPages() {
    project(PROJECT, false);
    project("elsewhere", false);
    for (int i = 0; i < 5; i++) {
      client.batches().create(CreateBatchRequest.builder(PROJECT, "b" + i).build());
    }
    client.batches().create(CreateBatchRequest.builder("elsewhere", "x").build());

    List<String> names = client.batches().listAll(BatchListRequest.builder().project(PROJECT)
        .limit(2).build()).stream().map(Batch::name).toList();
    assertThat(names).containsExactly("b4", "b3", "b2", "b1", "b0");
    assertThat(E2eSupport.requests(MOCK, "GET", "/v1/batches")).hasSize(3);

    var page = client.batches().list(BatchListRequest.builder().limit(4).build());
    assertThat(page.total()).isEqualTo(6);
    assertThat(page.docs()).hasSize(4);
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void aBatchCreateWhoseAnswerWasLostIsReturnedNotDuplicated() {
    project(PROJECT, false);
    MOCK.refonte().addFault(Fault.status(500).afterProcessing().on("POST", "/v1/batches"));
    Batch batch = client.batches().create(CreateBatchRequest.builder(PROJECT, "lost/1").build());
    assertThat(batch.name()).isEqualTo("lost/1");
    assertThat(sleeper.sleeps()).hasSize(1);
    assertThat(E2eSupport.requests(MOCK, "POST", "/v1/batches"))
        .extracting(e -> e.status()).containsExactly(500, 409);
    assertThat(client.batches().list(BatchListRequest.all()).total()).isEqualTo(1);
  }

  @Test
  void aProjectCreateWhoseAnswerWasLostIsReturnedNotDuplicated() {
    MOCK.refonte().addFault(Fault.reset().afterProcessing().on("POST", "/v1/projects"));
    assertThat(project("reset/p", false).name()).isEqualTo("reset/p");
    assertThat(E2eSupport.requests(MOCK, "POST", "/v1/projects")).hasSize(2)
        .last().extracting(e -> e.status()).isEqualTo(409);
    assertThat(E2eSupport.requests(MOCK, "GET", "/v1/projects/reset%2Fp")).hasSize(1);
    assertThat(client.projects().list()).hasSize(1);
  }
}
