package dev.labelsdk.clarifai.e2e;

import static dev.labelsdk.clarifai.e2e.ClarifaiE2e.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.AuthenticationException;
import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.InvalidRequestException;
import dev.labelsdk.clarifai.NotFoundException;
import dev.labelsdk.clarifai.PermissionDeniedException;
import dev.labelsdk.clarifai.RateLimitException;
import dev.labelsdk.clarifai.ServerException;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.Sleeper;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Errors as the mock answers them, its rate limit (15 requests per second per key, on the mock
 * clock) and injected faults.
 */
class ErrorsAndRetriesE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  final RecordingSleeper sleeper = new RecordingSleeper();
  ClarifaiClient owner;

  @BeforeEach
  void people() {
    ClarifaiE2e.seedPeople(MOCK.clarifai(), "u1");
    owner = as(MOCK, "owner", sleeper);
  }

  @AfterEach
  void close() {
    owner.close();
  }

  List<RequestJournal.Entry> taskPosts() {
    return ClarifaiE2e.requests(MOCK, "POST", ClarifaiE2e.PREFIX + "/tasks");
  }

  @Test
  void anUnknownTaskIsNotFound() {
    assertThatThrownBy(() -> owner.tasks().get("no-such-task"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.code()).isEqualTo(54102);
          assertThat(e.httpStatus()).isEqualTo(404);
          assertThat(e.description()).isEqualTo("Task not found");
          assertThat(e.details()).contains("no-such-task");
          assertThat(e.reqId()).matches("[0-9a-f]{32}");
        });
  }

  @Test
  void impossibleWeightsAreRefusedBeforeSendingAndOtherInvalidTasksByTheServer() {
    // Acceptance vector 5: a share of 0.6 with two workers per input.
    Task impossible = Task.builder().name("split").worker(TaskWorker.partitioned()
        .weight("u1", 60).weight("u2", 20).weight("u3", 20).workersPerInput(2)).build();
    assertThatThrownBy(() -> owner.tasks().create(impossible))
        .isInstanceOfSatisfying(dev.labelsdk.core.InvalidRequestException.class, e -> {
          assertThat(e.problems()).singleElement().asString()
              .contains("\"u1\" would get 60.0%").contains("more than 50.0%");
          assertThat(e.getMessage()).contains("tasks[0] \"split\"");
        });
    assertThat(taskPosts()).as("nothing was sent").isEmpty();

    assertThatThrownBy(() -> owner.tasks().create(Task.builder()
        .inputSource(InputSource.dataset("no-such-dataset")).build()))
        .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
          assertThat(e.code()).isEqualTo(11102);
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.details()).contains("no-such-dataset");
        });
  }

  @Test
  void onlyWorkersLabel() {
    Task task = owner.tasks().create(Task.builder().worker(TaskWorker.full("u1")).build());
    try (ClarifaiClient stranger = as(MOCK, "r9")) {
      MOCK.clarifai().addPat("pat-r9", "r9");
      assertThatThrownBy(() -> stranger.tasks().assignments(task.id()).labelStart())
          .isInstanceOfSatisfying(PermissionDeniedException.class,
              e -> assertThat(e.code()).isEqualTo(54103));
    }
  }

  @Test
  void strictModeRefusesUnknownKeysAndStrangersApps() {
    MOCK.clarifai().updateConfig(Map.of("auth_mode", "strict"));
    try (ClarifaiClient unknown = ClarifaiClient.builder().pat("nobody-knows-me")
        .userId(ClarifaiE2e.OWNER).appId(ClarifaiE2e.APP).baseUrl(MOCK.clarifaiBaseUrl())
        .build()) {
      assertThatThrownBy(() -> unknown.tasks().list(TaskQuery.all()))
          .isInstanceOfSatisfying(AuthenticationException.class, e -> {
            assertThat(e.code()).isEqualTo(11009);
            assertThat(e.getMessage()).contains("CLARIFAI_PAT");
          });
    }
    try (ClarifaiClient u1 = as(MOCK, "u1")) {
      assertThatThrownBy(() -> u1.tasks().list(TaskQuery.all()))
          .isInstanceOfSatisfying(PermissionDeniedException.class,
              e -> assertThat(e.code()).isEqualTo(11007));
    }
  }

  @Test
  void throttlingIsARateLimitWithRetryAfter() {
    // One request per second: the second within the same second is throttled.
    MOCK.clarifai().setRateLimit(1);
    ClarifaiClient once = owner.withOptions(RequestOptions.builder().maxRetries(0).build());
    once.tasks().list(TaskQuery.all());
    assertThatThrownBy(() -> once.tasks().list(TaskQuery.all()))
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.code()).isEqualTo(11005);
          assertThat(e.httpStatus()).isEqualTo(429);
          assertThat(e.details()).isEqualTo("exceeded limit of 1 requests per second");
          assertThat(e.retryAfter()).hasValueSatisfying(
              d -> assertThat(d).isGreaterThanOrEqualTo(Duration.ofSeconds(1)));
        });
  }

  @Test
  void throttledCallsWaitWhatTheServerAsksAndThenSucceed() {
    MOCK.clarifai().setRateLimit(1);
    // Waiting moves the mock's clock instead of the test's: the bucket refills, nobody sleeps.
    RecordingSleeper waits = new RecordingSleeper();
    Sleeper advanceMockClock = d -> {
      waits.sleep(d);
      MOCK.server().advanceClock(d);
    };
    try (ClarifaiClient patient = as(MOCK, "owner", advanceMockClock)) {
      for (int i = 0; i < 5; i++) {
        patient.tasks().list(TaskQuery.all());
      }
    }
    assertThat(waits.sleeps()).isNotEmpty().allSatisfy(d -> assertThat(d)
        .isEqualTo(Duration.ofSeconds(1)));
    List<RequestJournal.Entry> lists = ClarifaiE2e.requests(MOCK, "GET",
        ClarifaiE2e.PREFIX + "/tasks");
    assertThat(lists).filteredOn(e -> e.status() == 200).hasSize(5);
    assertThat(lists).filteredOn(e -> e.status() == 429).hasSize(waits.sleeps().size())
        .allSatisfy(e -> assertThat(ClarifaiE2e.header(e, "X-Retry-Count")).isNull());
    assertThat(lists).filteredOn(e -> ClarifaiE2e.header(e, "X-Retry-Count") != null)
        .isNotEmpty().allSatisfy(e -> assertThat(e.status()).isIn(200, 429));
  }

  @Test
  void injectedServerFaultsAreRetriedWithARetryCount() {
    Task task = owner.tasks().create(Task.builder().name("t").build());
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).times(2).on("GET", "/tasks/"));
    assertThat(owner.tasks().get(task.id()).name()).isEqualTo("t");
    List<RequestJournal.Entry> gets = ClarifaiE2e.requests(MOCK, "GET", "/tasks/" + task.id());
    assertThat(gets).extracting(RequestJournal.Entry::status).containsExactly(500, 500, 200);
    assertThat(gets).extracting(e -> ClarifaiE2e.header(e, "X-Retry-Count"))
        .containsExactly(null, "1", "2");
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void aDroppedConnectionIsRetried() {
    MOCK.clarifai().addFault(ClarifaiFault.drop().on("GET", "/tasks$"));
    assertThat(owner.tasks().list(TaskQuery.all()).items()).isEmpty();
    assertThat(ClarifaiE2e.requests(MOCK, "GET", ClarifaiE2e.PREFIX + "/tasks"))
        .extracting(RequestJournal.Entry::status).containsExactly(0, 200);
  }

  @Test
  void aCreateWithoutIdsIsNotRepeatedAfterAServerErrorButOneWithAnIdIs() {
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).on("POST", "/tasks$"));
    assertThatThrownBy(() -> owner.tasks().create(Task.builder().name("no id").build()))
        .isInstanceOf(ServerException.class);
    assertThat(taskPosts()).hasSize(1);

    MOCK.clarifai().addFault(ClarifaiFault.status(98004).on("POST", "/tasks$"));
    Task created = owner.tasks().create(Task.builder().id("my-task").name("with id").build());
    assertThat(created.id()).isEqualTo("my-task");
    assertThat(taskPosts()).extracting(RequestJournal.Entry::status)
        .containsExactly(500, 500, 200);

    // TRY_AGAIN proves nothing happened: retried even without ids.
    MOCK.clarifai().addFault(ClarifaiFault.status(10030).on("POST", "/tasks$"));
    owner.tasks().create(Task.builder().name("try again").build());
    assertThat(owner.tasks().list(TaskQuery.all()).items()).extracting(Task::name)
        .containsExactly("try again", "with id");
  }
}
