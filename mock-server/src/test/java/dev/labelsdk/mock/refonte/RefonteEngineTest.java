package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  @Test
  void aCreateWhoseDataCannotBeStoredIsRefusedAndStoresNothing() {
    Caller caller = engine.authenticate("live_engine");
    // Json.parse refuses this at the boundary; a Java caller can still build such a tree: the
    // engine refuses it with the boundary's rule and message, and keeps nothing.
    CreateTask lone = Nodes.image("http://x").params(Nodes.obj("attachment", "http://x", "note", "a\uD800")).build();

    assertThatThrownBy(() -> engine.tasks().create(caller, lone))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessage("Parameter is invalid, reason: \"note\" is not valid Unicode: it holds a lone surrogate (\\ud800)");
    assertThatThrownBy(() -> engine.tasks().create(caller, Nodes.image("http://x").instruction("\uDC00").build()))
        .hasMessageContaining("\"instruction\" is not valid Unicode");

    assertThat(engine.control().state().tenants().get(0).tasks()).isEmpty();
  }

  @Test
  void testTasksCompleteAtTheTenantsNextRequestOnly() {
    Caller test = engine.authenticate("test_engine");
    Caller other = engine.authenticate("test_other");
    String id = engine.tasks().create(test,
        Nodes.task("categorization", "attachment", "http://x", "categories", List.of("yes", "no")).build()).id();

    engine.beginRequest(other);
    assertThat(engine.control().task(id).task().status()).isEqualTo(TaskStatus.PENDING);
    engine.beginRequest(test);

    TaskView done = engine.tasks().get(test, id);
    assertThat(done.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(done.response()).isEqualTo(Nodes.obj("category", "yes"));
  }

  @Test
  void aFailedCreateTakesNoRateTokenAndChecksRunInSpecOrder() {
    Caller c = engine.authenticate("live_engine");
    engine.tasks().create(c, CreateTask.builder("chat").uniqueId("one").build());
    // unique_id conflict (step 9) is answered before the rate limit (step 10) is consulted
    assertThatThrownBy(() -> engine.tasks().create(c, CreateTask.builder("chat").uniqueId("one").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE_UNIQUE_ID));
    assertThatThrownBy(() -> engine.tasks().create(c, CreateTask.builder("nonsense").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    engine.tasks().create(c, CreateTask.builder("chat").build()); // second token of the burst is still there
    assertThatThrownBy(() -> engine.tasks().create(c, CreateTask.builder("chat").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> {
          assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED);
          assertThat(e.retryAfterSeconds()).isEqualTo(1);
        });
    clock.advance(Duration.ofSeconds(1));
    engine.tasks().create(c, CreateTask.builder("chat").build());
  }

  @Test
  void callbacksAreRetriedOnTheMockClockAndTheOutcomeRecorded() throws Exception {
    Caller c = engine.authenticate("live_engine");
    failuresLeft.set(1);
    String id = engine.tasks().create(c, CreateTask.builder("chat").callbackUrl("https://hooks.example/t").build()).id();

    engine.control().complete(id, null, null);
    assertThat(engine.control().awaitCallbacks(Duration.ofSeconds(10))).isTrue();
    assertThat(delivered).containsExactly("https://hooks.example/t refonte-mock-callback-auth completed");
    assertThat(engine.tasks().get(c, id).callbackCompleted()).isNull();

    clock.advance(Duration.ofSeconds(30));
    assertThat(engine.control().awaitCallbacks(Duration.ofSeconds(10))).isTrue();

    assertThat(delivered).hasSize(2);
    assertThat(engine.control().callbacks(id)).extracting(CallbackAttempt::statusCode).containsExactly(500, 200);
    assertThat(engine.tasks().get(c, id).callbackCompleted()).isTrue();
  }

  @Test
  void aDeliveryGivesUpAfterMaxAttempts() throws Exception {
    Caller c = engine.authenticate("live_engine");
    failuresLeft.set(100);
    String id = engine.tasks().create(c, CreateTask.builder("chat").callbackUrl("http://hooks.example/t").build()).id();
    engine.control().error(id, "boom");
    for (int i = 0; i < 3; i++) {
      engine.control().awaitCallbacks(Duration.ofSeconds(10));
      clock.advance(Duration.ofMinutes(5));
    }
    engine.control().awaitCallbacks(Duration.ofSeconds(10));
    assertThat(engine.control().callbacks(id)).hasSize(3);
    assertThat(engine.tasks().get(c, id).callbackCompleted()).isFalse();
  }

  @Test
  void resetForgetsEverythingButConfiguration() {
    Caller c = engine.authenticate("live_engine");
    String id = engine.tasks().create(c, CreateTask.builder("chat").build()).id();
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

  @Test
  void errorAndRedoCallBackButAnEmailCallbackIsOnlyStored() throws Exception {
    Caller c = engine.authenticate("live_engine");
    String failed = engine.tasks().create(c, CreateTask.builder("chat").callbackUrl("https://hooks.example/e").build()).id();
    String redone = engine.tasks().create(c, CreateTask.builder("chat").callbackUrl("https://hooks.example/r").build()).id();
    clock.advance(Duration.ofSeconds(1)); // a new token for the third create
    String mailed = engine.tasks().create(c, CreateTask.builder("chat").callbackUrl("mailto:ops@example.com").build()).id();

    engine.control().error(failed, "boom");
    engine.control().complete(redone, null, null);
    engine.control().redo(redone, null);
    engine.control().complete(mailed, null, null);
    assertThat(engine.control().awaitCallbacks(Duration.ofSeconds(10))).isTrue();

    assertThat(delivered).containsExactlyInAnyOrder(
        "https://hooks.example/e refonte-mock-callback-auth error",
        "https://hooks.example/r refonte-mock-callback-auth completed",
        "https://hooks.example/r refonte-mock-callback-auth completed");
    assertThat(engine.tasks().get(c, mailed).callbackUrl()).isEqualTo("mailto:ops@example.com");
  }

  @Test
  void aTestTaskIsCompletedBeforeItCanBeCanceled() {
    Caller test = engine.authenticate("test_engine");
    String id = engine.tasks().create(test, CreateTask.builder("chat").build()).id();
    engine.beginRequest(test); // the next request of the tenant

    assertThatThrownBy(() -> engine.tasks().cancel(test, id, false))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
    assertThat(engine.tasks().get(test, id).response()).isEqualTo(Nodes.obj());
  }
}
