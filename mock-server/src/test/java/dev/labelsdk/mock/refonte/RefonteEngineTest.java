package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine driven directly, without HTTP: lifecycle, ordering of checks, callbacks. */
class RefonteEngineTest {

  private final MockClock clock = new MockClock(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")));
  private final List<String> delivered = new CopyOnWriteArrayList<>();
  private final AtomicInteger failuresLeft = new AtomicInteger();
  private final CallbackSender sender = (url, headers, body, timeout) -> {
    delivered.add(url + " " + headers.get("refonte-callback-auth") + " " + Json.tree(body).get("status").asText());
    return CompletableFuture.completedFuture(failuresLeft.getAndDecrement() > 0 ? 500 : 200);
  };
  private RefonteEngine engine = new RefonteEngine(
      RefonteConfig.builder().rateLimit(new RateLimit(1, 2)).callbackMaxAttempts(3).build(), clock, sender);

  @AfterEach
  void close() {
    engine.close();
  }

  private static JsonNode body(String json) {
    return Json.tree(json);
  }

  private static String id(byte[] task) {
    return Json.tree(task).get("task_id").asText();
  }

  @Test
  void aCreateThatCannotBeRenderedStoresNothing() {
    Caller caller = engine.authenticate("live_engine");
    // Json.parse refuses this at the boundary; a Java caller handing the engine a tree can still
    // build one: the engine must fail without keeping the task.
    com.fasterxml.jackson.databind.node.ObjectNode body = Json.MAPPER.createObjectNode()
        .put("attachment", "http://x").put("note", "a\uD800");

    assertThatThrownBy(() -> engine.tasks().create(caller, "imageannotation", body));

    JsonNode tasks = engine.control().state().at("/tenants/0/tasks"); // the dump itself would fail on the task
    assertThat(tasks.isArray()).isTrue();
    assertThat(tasks).isEmpty();
  }

  @Test
  void testTasksCompleteAtTheTenantsNextRequestOnly() {
    Caller test = engine.authenticate("test_engine");
    Caller other = engine.authenticate("test_other");
    String id = id(engine.tasks().create(test, "categorization",
        body("{\"attachment\":\"http://x\",\"categories\":[\"yes\",\"no\"]}")));

    engine.beginRequest(other);
    assertThat(Json.tree(engine.control().task(id)).get("status").asText()).isEqualTo("pending");
    engine.beginRequest(test);

    JsonNode done = Json.tree(engine.tasks().get(test, id));
    assertThat(done.get("status").asText()).isEqualTo("completed");
    assertThat(done.get("response").toString()).isEqualTo("{\"category\":\"yes\"}");
  }

  @Test
  void aFailedCreateTakesNoRateTokenAndChecksRunInSpecOrder() {
    Caller c = engine.authenticate("live_engine");
    engine.tasks().create(c, "chat", body("{\"unique_id\":\"one\"}"));
    // unique_id conflict (step 9) is answered before the rate limit (step 10) is consulted
    assertThatThrownBy(() -> engine.tasks().create(c, "chat", body("{\"unique_id\":\"one\"}")))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_UNIQUE_ID));
    assertThatThrownBy(() -> engine.tasks().create(c, "nonsense", body("{}")))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    engine.tasks().create(c, "chat", body("{}")); // second token of the burst is still there
    assertThatThrownBy(() -> engine.tasks().create(c, "chat", body("{}")))
        .isInstanceOfSatisfying(RefonteError.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
          assertThat(e.retryAfterSeconds()).isEqualTo(1);
        });
    clock.advance(Duration.ofSeconds(1));
    engine.tasks().create(c, "chat", body("{}"));
  }

  @Test
  void callbacksAreRetriedOnTheMockClockAndTheOutcomeRecorded() throws Exception {
    Caller c = engine.authenticate("live_engine");
    failuresLeft.set(1);
    String id = id(engine.tasks().create(c, "chat", body("{\"callback_url\":\"https://hooks.example/t\"}")));

    engine.control().complete(id, null);
    assertThat(engine.control().awaitCallbacks(Duration.ofSeconds(10))).isTrue();
    assertThat(delivered).containsExactly("https://hooks.example/t refonte-mock-callback-auth completed");
    assertThat(Json.tree(engine.tasks().get(c, id)).has("callback_completed")).isFalse();

    clock.advance(Duration.ofSeconds(30));
    assertThat(engine.control().awaitCallbacks(Duration.ofSeconds(10))).isTrue();

    assertThat(delivered).hasSize(2);
    assertThat(engine.control().callbacks(id)).extracting(CallbackAttempt::statusCode).containsExactly(500, 200);
    assertThat(Json.tree(engine.tasks().get(c, id)).get("callback_completed").asBoolean()).isTrue();
  }

  @Test
  void aDeliveryGivesUpAfterMaxAttempts() throws Exception {
    Caller c = engine.authenticate("live_engine");
    failuresLeft.set(100);
    String id = id(engine.tasks().create(c, "chat", body("{\"callback_url\":\"http://hooks.example/t\"}")));
    engine.control().error(id, body("{\"message\":\"boom\"}"));
    for (int i = 0; i < 3; i++) {
      engine.control().awaitCallbacks(Duration.ofSeconds(10));
      clock.advance(Duration.ofMinutes(5));
    }
    engine.control().awaitCallbacks(Duration.ofSeconds(10));
    assertThat(engine.control().callbacks(id)).hasSize(3);
    assertThat(Json.tree(engine.tasks().get(c, id)).get("callback_completed").asBoolean()).isFalse();
  }

  @Test
  void resetForgetsEverythingButConfiguration() {
    Caller c = engine.authenticate("live_engine");
    String id = id(engine.tasks().create(c, "chat", body("{}")));
    engine.control().reset();
    Caller again = engine.authenticate("live_engine");
    assertThatThrownBy(() -> engine.tasks().get(again, id))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    assertThat(engine.rateLimit()).isEqualTo(new RateLimit(1, 2));
  }

  @Test
  void keysOutsideTheOpenFormsAreRefused() {
    for (String bad : new String[] {null, "", "dummy_api_key", "test_", "live_ x", "|test", "test_caf\u00e9"}) {
      assertThatThrownBy(() -> engine.authenticate(bad))
          .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UNAUTHORIZED));
    }
    assertThat(engine.authenticate("abc|test").testKey()).isTrue();
    assertThat(engine.authenticate("live_abc").testKey()).isFalse();
  }
}
