package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Snapshots at the engine level: everything comes back, byte for byte, and carries on working. */
class RefonteSnapshotTest {

  private static final InstantSource BASE = InstantSource.fixed(Instant.parse("2026-03-01T10:00:00Z"));

  private final List<String> sentByRestored = new CopyOnWriteArrayList<>();
  private final MockClock clock = new MockClock(BASE);
  private final RefonteEngine original = new RefonteEngine(config(), clock,
      (url, headers, body, timeout) -> CompletableFuture.completedFuture(500)); // every callback fails
  private final MockClock restoredClock = new MockClock(BASE);
  private final RefonteEngine restored = new RefonteEngine(config(), restoredClock, (url, headers, body, timeout) -> {
    sentByRestored.add(url + " " + Json.tree(body).get("status").asText());
    return CompletableFuture.completedFuture(200);
  });

  private String completedId;
  private String pageTwoToken;
  private String liveTenant;

  private static RefonteConfig config() {
    return RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build();
  }

  private static JsonNode json(String text) {
    return Json.tree(text);
  }

  @BeforeEach
  void fill() throws InterruptedException {
    Caller live = original.authenticate("live_snap");
    liveTenant = live.tenantName();
    original.projects().create(live, new ProjectOperations.CreateProject("imageannotation", "p",
        Nodes.obj("x", new BigDecimal("1.10")), false, false));
    original.projects().setParams(live, "p", Nodes.obj("y", List.of(new BigDecimal("1e1000"))), true);
    original.batches().create(live, new BatchOperations.CreateBatch("p", "b", null, false, false, Nodes.obj("m", "\u00e9")));
    completedId = original.tasks().create(live, Nodes.image("http://x/1").batch("b").uniqueId("u1")
        .tags(List.of("a", "b")).metadata(Nodes.obj("k", 1)).callbackUrl("http://callbacks.example/hook")
        .clearUniqueIdOnError(true).build()).id();
    clock.advance(Duration.ofSeconds(5));
    original.control().complete(completedId, Nodes.obj("boxes", List.of()), null);
    original.tasks().audit(live, completedId, false, "redo");
    original.tasks().cancel(live, original.tasks().create(live,
        Nodes.task("categorization", "attachment", "http://x/2", "categories", List.of("y", "n")).build()).id(), false);
    original.tasks().create(live, Nodes.task("comparison", "attachments", List.of("http://x/3")).build());
    original.account().importFile(live, new AccountOperations.ImportFile("s3://b/k", null, null, Nodes.obj("n", 2)));
    original.account().invite(live, List.of("ada@example.com"), "labeler");
    var claim = (IdempotencyStore.Claimed) original.idempotency().begin("key-1", liveTenant, "fp", clock.millis());
    original.idempotency().save(claim, 200, "{\"saved\":true}".getBytes(), clock.millis());
    pageTwoToken = original.tasks().list(live, TaskFilter.NONE, null, 0, 1).nextToken();
    original.release(live);

    Caller test = original.authenticate("test_snap");
    original.tasks().create(test, Nodes.image("http://x/4").build()); // due to complete
    original.release(test);
    original.control().awaitCallbacks(Duration.ofSeconds(10)); // the first attempt failed: a retry is scheduled
  }

  @AfterEach
  void close() {
    original.close();
    restored.close();
  }

  @Test
  void restoringASnapshotGivesBackTheSameBytesEveryTime() {
    byte[] snapshot = original.snapshot();
    JsonNode doc = Json.tree(snapshot);
    assertThat(doc.get("tenants")).hasSize(2);
    assertThat(doc.get("callbacks")).hasSize(1);
    assertThat(doc.get("idempotency_records")).hasSize(1);

    restored.restore(doc);
    byte[] once = restored.snapshot();
    restored.restore(doc);
    byte[] twice = restored.snapshot();

    assertThat(new String(once)).isEqualTo(new String(snapshot));
    assertThat(twice).isEqualTo(once);
  }

  @Test
  void theRestoredEngineCarriesOnWhereTheOriginalStopped() throws InterruptedException {
    restored.restore(Json.tree(original.snapshot()));
    Caller live = restored.authenticate("live_snap");

    assertThat(restored.tasks().get(live, completedId)).isEqualTo(original.tasks().get(original.authenticate("live_snap"), completedId));
    assertThat(restored.control().state()).isEqualTo(original.control().state());
    assertThat(restored.tasks().list(live, TaskFilter.NONE, pageTwoToken, 0, 1).offset()).isEqualTo(1);
    assertThatThrownBy(() -> restored.tasks().create(live, Nodes.image("http://x/5").uniqueId("u1").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_UNIQUE_ID));
    assertThat(restored.idempotency().begin("key-1", liveTenant, "fp", restoredClock.millis()))
        .isInstanceOf(IdempotencyStore.Replay.class);
    TaskView newest = restored.tasks().create(live, Nodes.image("http://x/6").build());
    assertThat(restored.tasks().list(live, TaskFilter.NONE, null, 0, 1).docs().get(0).id()).isEqualTo(newest.id());
    assertThat(newest.createdAt()).isGreaterThanOrEqualTo(Instant.parse("2026-03-01T10:00:05.000Z").toEpochMilli());

    Caller test = restored.authenticate("test_snap");
    restored.beginRequest(test);
    assertThat(restored.tasks().list(test, TaskFilter.NONE, null, 0, 1).docs().get(0).status())
        .isEqualTo(TaskStatus.COMPLETED);

    // the failed callback's retry was due 30 s after its first attempt (at 10:00:05); this clock
    // reads 10:00:05 at least (the latest time restored) but its offset is its own
    restoredClock.advance(Duration.ofSeconds(35));
    assertThat(restored.control().awaitCallbacks(Duration.ofSeconds(10))).isTrue();
    assertThat(sentByRestored).contains("http://callbacks.example/hook completed");
  }

  @Test
  void aDocumentThatIsNotASnapshotIsRefusedAndChangesNothing() {
    restored.restore(Json.tree(original.snapshot()));
    byte[] before = restored.snapshot();
    ObjectNode broken = (ObjectNode) Json.tree(original.snapshot());
    ((ObjectNode) broken.at("/tenants/0/tasks/0")).remove("seq");

    for (JsonNode bad : List.of(json("{}"), json("{\"version\":2}"), broken)) {
      assertThatThrownBy(() -> restored.restore(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(restored.snapshot()).isEqualTo(before);
  }
}
