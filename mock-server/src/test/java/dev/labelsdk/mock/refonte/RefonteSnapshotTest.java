package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
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

  private static String id(byte[] task) {
    return Json.tree(task).get("task_id").asText();
  }

  @BeforeEach
  void fill() throws InterruptedException {
    Caller live = original.authenticate("live_snap");
    liveTenant = live.tenantName();
    original.projects().create(live, json("{\"type\":\"imageannotation\",\"name\":\"p\",\"params\":{\"x\":1.10}}"));
    original.projects().setParams(live, "p", json("{\"patch\":true,\"y\":[1e1000]}"));
    original.batches().create(live, json("{\"project\":\"p\",\"name\":\"b\",\"metadata\":{\"m\":\"\u00e9\"}}"));
    completedId = id(original.tasks().create(live, "imageannotation", json(
        "{\"attachment\":\"http://x/1\",\"batch\":\"b\",\"unique_id\":\"u1\",\"tags\":[\"a\",\"b\"],"
            + "\"metadata\":{\"k\":1},\"callback_url\":\"http://callbacks.example/hook\",\"clear_unique_id_on_error\":true}")));
    clock.advance(Duration.ofSeconds(5));
    original.control().complete(completedId, json("{\"response\":{\"boxes\":[]}}"));
    original.tasks().audit(live, completedId, json("{\"accepted\":false,\"comments\":\"redo\"}"));
    original.tasks().cancel(live, id(original.tasks().create(live, "categorization",
        json("{\"attachment\":\"http://x/2\",\"categories\":[\"y\",\"n\"]}"))), false);
    original.tasks().create(live, "comparison", json("{\"attachments\":[\"http://x/3\"]}"));
    original.account().importFile(live, json("{\"file_url\":\"s3://b/k\",\"metadata\":{\"n\":2}}"));
    original.account().invite(live, json("{\"emails\":[\"ada@example.com\"],\"team_role\":\"labeler\"}"));
    var claim = (IdempotencyStore.Claimed) original.idempotency().begin("key-1", liveTenant, "fp", clock.millis());
    original.idempotency().save(claim, 200, "{\"saved\":true}".getBytes(), clock.millis());
    pageTwoToken = Json.tree(original.tasks().list(live, TaskFilter.builder().build(), null, 0, 1, false))
        .get("next_token").asText();
    original.release(live);

    Caller test = original.authenticate("test_snap");
    original.tasks().create(test, "imageannotation", json("{\"attachment\":\"http://x/4\"}")); // due to complete
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
    JsonNode pageTwo = Json.tree(restored.tasks().list(live, TaskFilter.builder().build(), pageTwoToken, 0, 1, false));
    assertThat(pageTwo.get("offset").asInt()).isEqualTo(1);
    assertThatThrownBy(() -> restored.tasks().create(live, "imageannotation",
        json("{\"attachment\":\"http://x/5\",\"unique_id\":\"u1\"}")))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_UNIQUE_ID));
    assertThat(restored.idempotency().begin("key-1", liveTenant, "fp", restoredClock.millis()))
        .isInstanceOf(IdempotencyStore.Replay.class);
    JsonNode newest = Json.tree(restored.tasks().create(live, "imageannotation", json("{\"attachment\":\"http://x/6\"}")));
    assertThat(Json.tree(restored.tasks().list(live, TaskFilter.builder().build(), null, 0, 1, false))
        .at("/docs/0/task_id").asText()).isEqualTo(newest.get("task_id").asText());
    assertThat(newest.get("created_at").asText()).isGreaterThanOrEqualTo("2026-03-01T10:00:05.000Z");

    Caller test = restored.authenticate("test_snap");
    restored.beginRequest(test);
    assertThat(Json.tree(restored.tasks().list(test, TaskFilter.builder().build(), null, 0, 1, false))
        .at("/docs/0/status").asText()).isEqualTo("completed");

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
