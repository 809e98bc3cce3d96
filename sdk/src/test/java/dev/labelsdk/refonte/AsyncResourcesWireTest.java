package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.PageCollector;
import dev.labelsdk.core.RecordingScheduler;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchPage;
import dev.labelsdk.refonte.model.BatchStatus;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileUpload;
import dev.labelsdk.refonte.model.Limits;
import dev.labelsdk.refonte.model.Project;
import dev.labelsdk.refonte.model.TaskType;
import dev.labelsdk.refonte.model.TeamMember;
import dev.labelsdk.refonte.model.TeamRole;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code client.async()} batches, projects, files and teams on the wire: each sends the request
 * of its sync twin and decodes the same answer, with retries waiting on the scheduler.
 */
class AsyncResourcesWireTest extends WireTestBase {

  static final String BATCH = "{\"name\":\"b/1\",\"project\":\"p\",\"status\":\"in_progress\"}";
  static final String PROJECT = "{\"name\":\"p/1\",\"type\":\"imageannotation\","
      + "\"created_at\":\"2024-05-01T12:00:00.000Z\",\"param_history\":[{\"version\":0}]}";
  static final String MEMBERS = "[{\"email\":\"a@x.io\",\"role\":\"admin\",\"company\":\"X\"}]";

  final RecordingScheduler scheduler = RecordingScheduler.immediate();
  RefonteAsyncClient async;

  @BeforeEach
  void asyncClient() {
    client.close();
    client = builder().scheduler(scheduler).build();
    async = client.async();
  }

  @Test
  void batchCallsSendTheirRequestsAndDecodeTheAnswers() throws Exception {
    enqueue(200, BATCH);
    Batch created = await(async.batches().create(CreateBatchRequest.builder("p", "b/1")
        .metadata(Map.of("k", "v")).build()));
    assertThat(created.name()).isEqualTo("b/1");
    assertThat(take("POST", "/v1/batches").getBody().utf8())
        .contains("\"project\":\"p\"", "\"name\":\"b/1\"", "\"metadata\":{\"k\":\"v\"}");

    enqueue(200, BATCH);
    assertThat(await(async.batches().get("b/1")).project()).contains("p");
    take("GET", "/v1/batches/b%2F1");

    enqueue(200, "{\"status\":\"in_progress\",\"pending\":2,\"completed\":3}");
    assertThat(await(async.batches().status("b/1")).total()).isEqualTo(5);
    take("GET", "/v1/batches/b%2F1/status");

    enqueue(200, BATCH);
    assertThat(await(async.batches().finalizeBatch("b/1")).status())
        .isEqualTo(BatchStatus.IN_PROGRESS);
    take("POST", "/v1/batches/b%2F1/finalize");

    enqueue(200, BATCH);
    await(async.batches().setMetadata("b/1", Map.of("a", 1)));
    assertThat(take("POST", "/v1/batches/b%2F1/setMetadata").getBody().utf8())
        .isEqualTo("{\"a\":1}");

    enqueue(200, PaginationWireTest.batchPage(0, 2, false, 2));
    BatchPage page = await(async.batches().list(BatchListRequest.builder().project("p")
        .status(BatchStatus.STAGING).limit(2).build()));
    assertThat(page.docs()).extracting(Batch::name).containsExactly("b0", "b1");
    RecordedRequest list = take("GET", "/v1/batches");
    assertThat(list.getUrl().queryParameter("project")).isEqualTo("p");
    assertThat(list.getUrl().queryParameter("status")).isEqualTo("staging");
    assertThat(list.getUrl().queryParameter("limit")).isEqualTo("2");
  }

  @Test
  void batchSetMetadataIsValidatedBeforeAnythingIsSent() {
    assertThatThrownBy(() -> async.batches().setMetadata("b/1",
        Map.of("k", "x".repeat(Limits.MAX_METADATA_BYTES + 1)))).isInstanceOf(RuntimeException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void batchListAllPagesByOffsetOnDemand() throws Exception {
    enqueue(200, PaginationWireTest.batchPage(0, 2, true, 2));
    enqueue(200, PaginationWireTest.batchPage(2, 2, true, 2));
    enqueue(200, PaginationWireTest.batchPage(4, 2, false, 1));
    PageCollector<BatchPage> pages = PageCollector.all();
    async.batches().listAll(BatchListRequest.builder().limit(2).build()).subscribe(pages);
    assertThat(await(pages.done)).flatExtracting(BatchPage::docs).extracting(Batch::name)
        .containsExactly("b0", "b1", "b2", "b3", "b4");
    assertThat(take().getUrl().queryParameter("offset")).isNull();
    assertThat(take().getUrl().queryParameter("offset")).isEqualTo("2");
    assertThat(take().getUrl().queryParameter("offset")).isEqualTo("4");
  }

  @Test
  void batchCreateReturnsTheBatchAnEarlierAttemptCreatedWaitingOnTheScheduler()
      throws Exception {
    enqueue(502, error(502, "gateway"));
    enqueue(409, error(409, "Batch \"b/1\" already exists."));
    enqueue(200, BATCH);
    Batch created = await(async.batches().create(CreateBatchRequest.builder("p", "b/1")
        .build()));
    assertThat(created.name()).isEqualTo("b/1");
    take("POST", "/v1/batches");
    take("POST", "/v1/batches");
    take("GET", "/v1/batches/b%2F1");
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));
    assertThat(sleeper.sleeps()).as("the blocking sleeper is never used").isEmpty();
  }

  @Test
  void aFirst409OfABatchCreateIsAConflict() {
    enqueue(409, error(409, "Batch \"b/1\" already exists."));
    assertThatThrownBy(() -> await(async.batches().create(CreateBatchRequest.builder("p", "b/1")
        .build()))).hasCauseExactlyInstanceOf(ConflictException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void projectCallsSendTheirRequestsAndDecodeTheAnswers() throws Exception {
    enqueue(200, PROJECT);
    Project created = await(async.projects().create(
        CreateProjectRequest.builder(TaskType.IMAGE_ANNOTATION, "p/1").build()));
    assertThat(created.name()).isEqualTo("p/1");
    assertThat(take("POST", "/v1/projects").getBody().utf8())
        .contains("\"type\":\"imageannotation\"", "\"name\":\"p/1\"");

    enqueue(200, PROJECT);
    assertThat(await(async.projects().get("p/1")).type()).isEqualTo(TaskType.IMAGE_ANNOTATION);
    take("GET", "/v1/projects/p%2F1");

    enqueue(200, "[" + PROJECT + "]");
    assertThat(await(async.projects().list())).extracting(Project::name).containsExactly("p/1");
    take("GET", "/v1/projects");

    enqueue(200, PROJECT);
    await(async.projects().setParams("p/1", dev.labelsdk.core.JsonObject.of(Map.of("x", 1)),
        true, RequestOptions.none()));
    assertThat(take("POST", "/v1/projects/p%2F1/setParams").getBody().utf8())
        .isEqualTo("{\"x\":1,\"patch\":true}");
  }

  @Test
  void projectCreateRecoversAfterA5xxAndAProjectListThatIsNotAnArrayIsMalformed()
      throws Exception {
    enqueue(503, error(503, "busy"));
    enqueue(409, error(409, "Project \"p/1\" already exists."));
    enqueue(200, PROJECT);
    assertThat(await(async.projects().create(
        CreateProjectRequest.builder(TaskType.IMAGE_ANNOTATION, "p/1").build())).name())
        .isEqualTo("p/1");
    assertThat(server.getRequestCount()).isEqualTo(3);

    enqueue(200, "{}");
    assertThatThrownBy(() -> await(async.projects().list()))
        .hasCauseInstanceOf(MalformedResponseException.class);
  }

  @Test
  void filesAreUploadedAndImportedOnceEvenAfterA503() throws Exception {
    enqueue(200, FilesAndTeamsWireTest.FILE);
    assertThat(await(async.files().upload(FileUpload.builder(new byte[] {1, 2, 3}, "a.png")
        .mediaType("image/png").projectName("p").build())).size()).contains(3L);
    RecordedRequest upload = take("POST", "/v1/files/upload");
    assertThat(upload.getHeaders().get("Content-Type")).startsWith("multipart/form-data");
    assertThat(upload.getBody().string(StandardCharsets.ISO_8859_1))
        .contains("filename=\"a.png\"", "name=\"project_name\"\r\n\r\np\r\n");

    enqueue(200, FilesAndTeamsWireTest.FILE);
    assertThat(await(async.files().importFile(FileImport.builder("s3://b/k").build()))
        .attachmentUrl()).isEqualTo("refontedata://files/6b0430349f2fd328e9000001");
    assertThat(take("POST", "/v1/files/import").getBody().utf8())
        .contains("\"file_url\":\"s3://b/k\"");

    enqueue(503, error(503, "busy"));
    assertThatThrownBy(() -> await(async.files().importFile(FileImport.builder("s3://b/k")
        .build()))).hasCauseExactlyInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).as("not retried").isEqualTo(3);
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void teamCallsSendEmailsAndRoleAndAreRetriedOnTheScheduler() throws Exception {
    enqueue(502, error(502, "gateway"));
    enqueue(200, MEMBERS);
    assertThat(await(async.teams().list())).extracting(TeamMember::email)
        .containsExactly("a@x.io");
    take("GET", "/v1/teams");
    take("GET", "/v1/teams");
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));

    enqueue(200, MEMBERS);
    assertThat(await(async.teams().invite(List.of("b@x.io"), TeamRole.LABELER))).hasSize(1);
    assertThat(take("POST", "/v1/teams/invite").getBody().utf8())
        .isEqualTo("{\"emails\":[\"b@x.io\"],\"team_role\":\"labeler\"}");

    enqueue(200, MEMBERS);
    await(async.teams().setRole(List.of("a@x.io"), TeamRole.MANAGER));
    assertThat(take("POST", "/v1/teams/set_role").getBody().utf8())
        .isEqualTo("{\"emails\":[\"a@x.io\"],\"team_role\":\"manager\"}");

    assertThatThrownBy(() -> async.teams().invite(List.of(), TeamRole.MANAGER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void errorsMapToTheSyncClientsExceptions() {
    enqueue(404, error(404, "Batch not found"));
    assertThatThrownBy(() -> await(async.batches().get("nope")))
        .hasCauseExactlyInstanceOf(NotFoundException.class);
    enqueue(400, error(400, "bad project"));
    assertThatThrownBy(() -> await(async.projects().get("x")))
        .hasCauseExactlyInstanceOf(BadRequestException.class);
    assertThat(server.getRequestCount()).as("4xx not retried").isEqualTo(2);
  }

  @Test
  void withOptionsAddsItsHeadersToEveryCall() throws Exception {
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t1").build();
    enqueue(200, BATCH);
    enqueue(200, "[" + PROJECT + "]");
    enqueue(200, MEMBERS);
    enqueue(200, FilesAndTeamsWireTest.FILE);
    await(async.batches().withOptions(options).get("b/1"));
    await(async.projects().withOptions(options).list());
    await(async.teams().withOptions(options).list());
    await(async.files().withOptions(options).importFile(FileImport.builder("s3://b/k").build()));
    for (int i = 0; i < 4; i++) {
      assertThat(take().getHeaders().get("X-Trace")).isEqualTo("t1");
    }
  }
}
