package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.refonte.BadRequestException;
import dev.labelsdk.refonte.DuplicateTaskException;
import dev.labelsdk.refonte.NotFoundException;
import dev.labelsdk.refonte.RecordingSleeper;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.UnauthorizedException;
import dev.labelsdk.refonte.model.Categorization;
import dev.labelsdk.refonte.model.Comparison;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.DocumentTranscription;
import dev.labelsdk.refonte.model.Geometry;
import dev.labelsdk.refonte.model.ImageAnnotation;
import dev.labelsdk.refonte.model.NamedEntityRecognition;
import dev.labelsdk.refonte.model.ReviewStatus;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskStatus;
import dev.labelsdk.refonte.model.TaskType;
import dev.labelsdk.refonte.model.Transcription;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every task operation against the stateful mock. */
class TaskLifecycleE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.withRefonte(
      RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build());

  final RecordingSleeper sleeper = new RecordingSleeper();
  final RefonteClient test = E2eSupport.client(MOCK, "test_lifecycle", sleeper);
  final RefonteClient live = E2eSupport.client(MOCK, "live_lifecycle", sleeper);

  @AfterEach
  void close() {
    test.close();
    live.close();
  }

  static CreateTaskRequest categorization(String uniqueId) {
    Categorization.Builder b = Categorization.builder().attachment("https://example.com/car.jpg")
        .categories("big", "small").instruction("Big or small?")
        .callbackUrl("http://127.0.0.1:9/callback").metadata(Map.of("run", 7));
    return (uniqueId == null ? b : b.uniqueId(uniqueId)).build();
  }

  @Test
  void aTestTaskIsPendingOnCreateAndCompletedOnTheNextRead() {
    Task created = test.tasks().create(categorization("car-1"));
    assertThat(created.status()).isEqualTo(TaskStatus.PENDING);
    assertThat(created.type()).isEqualTo(TaskType.CATEGORIZATION);
    assertThat(created.instruction()).contains("Big or small?");
    assertThat(created.params().getStringList("categories")).containsExactly("big", "small");
    assertThat(created.uniqueId()).contains("car-1");
    assertThat(created.metadata().getLong("run")).contains(7L);
    assertThat(created.tags()).isEmpty();
    assertThat(created.response()).isEmpty();

    Task read = test.tasks().get(created.taskId());
    assertThat(read.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(read.response().flatMap(r -> r.getString("category"))).contains("big");
    assertThat(read.completedAt()).isPresent();
    assertThat(read.createdAt()).isEqualTo(created.createdAt());
    assertThat(read.params()).isEqualTo(created.params());
  }

  @Test
  void everyTypedBuilderIsAcceptedByTheService() {
    List<CreateTaskRequest> requests = List.of(
        categorization(null),
        ImageAnnotation.builder().attachment("https://example.com/street.jpg")
            .geometry(Geometry.box("car").minWidth(5)).geometry(Geometry.polygon("road"))
            .geometry(Geometry.line("lane")).geometry(Geometry.point("sign"))
            .geometry(Geometry.cuboid("truck")).build(),
        Comparison.builder().attachments("https://e.com/a.jpg", "https://e.com/b.jpg")
            .choices("same", "different").build(),
        Transcription.builder().attachment("https://e.com/receipt.jpg").field("total", "Total")
            .build(),
        NamedEntityRecognition.builder().text("Ada was born in London.").label("PERSON")
            .label("LOCATION", "A place").build(),
        DocumentTranscription.builder().attachment("https://e.com/invoice.pdf")
            .attachmentType("pdf").feature(Map.of("type", "block", "label", "Total")).build(),
        CreateTaskRequest.builder(TaskType.TEXT_COLLECTION).instruction("Write").build());
    for (CreateTaskRequest request : requests) {
      Task task = test.tasks().create(request);
      assertThat(task.type()).isEqualTo(request.type());
      assertThat(task.status()).isEqualTo(TaskStatus.PENDING);
      assertThat(task.params().keys()).allSatisfy(k -> assertThat(request.body().has(k)).isTrue());
    }
    assertThat(test.tasks().get(test.tasks().create(requests.get(1)).taskId()).params()
        .at("/geometries/box/min_width").map(n -> n.intValue())).contains(5);
  }

  @Test
  void aSecondCreateWithTheSameUniqueIdNamesTheFirstTask() {
    Task first = live.tasks().create(categorization("dup-1"));
    assertThatThrownBy(() -> live.tasks().create(categorization("dup-1")))
        .isInstanceOfSatisfying(DuplicateTaskException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(409);
          assertThat(e.conflictingTaskId()).isEqualTo(first.taskId());
          assertThat(e.uniqueId()).contains("dup-1");
          assertThat(e.requestId()).isPresent();
        });
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void cancelWithClearUniqueIdFreesTheValue() {
    Task kept = live.tasks().create(categorization("cancel-1"));
    Task canceled = live.tasks().cancel(kept.taskId());
    assertThat(canceled.status()).isEqualTo(TaskStatus.CANCELED);
    assertThat(canceled.uniqueId()).contains("cancel-1");
    assertThatThrownBy(() -> live.tasks().create(categorization("cancel-1")))
        .isInstanceOf(DuplicateTaskException.class);

    Task cleared = live.tasks().cancel(kept.taskId(), true);
    assertThat(cleared.status()).isEqualTo(TaskStatus.CANCELED);
    assertThat(cleared.uniqueId()).isEmpty();
    assertThat(live.tasks().create(categorization("cancel-1")).taskId())
        .isNotEqualTo(kept.taskId());
  }

  @Test
  void cancellingACompletedTaskIsABadRequest() {
    Task task = test.tasks().create(categorization(null));
    assertThatThrownBy(() -> test.tasks().cancel(task.taskId()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("already completed");
  }

  @Test
  void completionErrorAndAudit() {
    Task a = live.tasks().create(categorization(null));
    Task b = live.tasks().create(categorization(null));
    assertThatThrownBy(() -> live.tasks().audit(a.taskId(), true, null))
        .isInstanceOf(BadRequestException.class);

    MOCK.refonte().complete(a.taskId(), Map.of("category", "small"));
    MOCK.refonte().error(b.taskId(), "image could not be loaded");

    Task done = live.tasks().get(a.taskId());
    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(done.response().flatMap(r -> r.getString("category"))).contains("small");
    Task failed = live.tasks().get(b.taskId());
    assertThat(failed.status()).isEqualTo(TaskStatus.ERROR);
    assertThat(failed.response().flatMap(r -> r.getString("error")))
        .contains("image could not be loaded");

    Task audited = live.tasks().audit(a.taskId(), false, "wrong category");
    assertThat(audited.customerReviewStatus()).contains(ReviewStatus.REJECTED);
    assertThat(audited.audits()).singleElement().satisfies(x -> {
      assertThat(x.auditResult()).contains("rejected");
      assertThat(x.comments()).contains("wrong category");
    });
  }

  @Test
  void metadataAndUniqueIdUpdates() {
    Task a = live.tasks().create(categorization("meta-a"));
    Task b = live.tasks().create(categorization("meta-b"));

    Task withMeta = live.tasks().setMetadata(a.taskId(), Map.of("owner", "ada", "n", 2));
    assertThat(withMeta.metadata().keys()).containsExactlyInAnyOrder("owner", "n");
    assertThat(live.tasks().setMetadata(a.taskId(), Map.of()).metadata().isEmpty()).isTrue();

    assertThat(live.tasks().setUniqueId(a.taskId(), "meta-a2").uniqueId()).contains("meta-a2");
    assertThatThrownBy(() -> live.tasks().setUniqueId(a.taskId(), "meta-b"))
        .isInstanceOfSatisfying(DuplicateTaskException.class,
            e -> assertThat(e.conflictingTaskId()).isEqualTo(b.taskId()));
    assertThat(live.tasks().clearUniqueId(b.taskId()).uniqueId()).isEmpty();
    assertThat(live.tasks().setUniqueId(a.taskId(), "meta-b").uniqueId()).contains("meta-b");
  }

  @Test
  void tagsSetAddDeleteAndClear() {
    Task t = live.tasks().create(categorization(null));
    assertThat(live.tasks().setTags(t.taskId(), List.of("a", "b", "a")).tags())
        .contains(List.of("a", "b"));
    assertThat(live.tasks().addTags(t.taskId(), List.of("b", "c", "d")).tags())
        .contains(List.of("a", "b", "c", "d"));
    assertThat(live.tasks().deleteTags(t.taskId(), List.of("a", "zzz")).tags())
        .contains(List.of("b", "c", "d"));
    assertThatThrownBy(() -> live.tasks().addTags(t.taskId(), List.of("e", "f", "g")))
        .isInstanceOf(BadRequestException.class);
    assertThat(live.tasks().get(t.taskId()).tags()).contains(List.of("b", "c", "d"));
    assertThat(live.tasks().clearTags(t.taskId()).tags()).contains(List.of());
  }

  @Test
  void unknownTasksAndBadKeys() {
    assertThatThrownBy(() -> live.tasks().get("fake_id_qwertyuiop"))
        .isInstanceOfSatisfying(NotFoundException.class,
            e -> assertThat(e.errorMessage()).contains("fake_id_qwertyuiop"));
    Task mine = live.tasks().create(categorization(null));
    assertThatThrownBy(() -> test.tasks().get(mine.taskId()))
        .isInstanceOf(NotFoundException.class);
    try (RefonteClient bad = E2eSupport.client(MOCK, "dummy_api_key", sleeper)) {
      assertThatThrownBy(() -> bad.tasks().get(mine.taskId()))
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("Please provide a valid API key.")
          .hasMessageContaining("REFONTE_API_KEY");
    }
  }

  @Test
  void idsThatNeedEncodingStillReachTheServer() {
    assertThatThrownBy(() -> live.tasks().get("a/b c?d"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("a/b c?d");
  }
}
