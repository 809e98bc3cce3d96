package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The Idempotency-Key protocol of spec §5.2 as engine semantics, without HTTP: claim, replay of
 * the first answer, conflict, in flight, what is kept and for how long, per tenant.
 */
class IdempotentCreateTest extends EngineFixture {

  /** Answers as text: what a replay gives back must be exactly the first answer. */
  private static final IdempotentCreate.Answers<String> TEXT = new IdempotentCreate.Answers<>() {
    @Override
    public String created(TaskView task) {
      return "created " + task.id();
    }

    @Override
    public String refused(RefonteError error) {
      return "refused " + error.code() + ": " + error.getMessage();
    }

    @Override
    public IdempotentCreate.Recorded record(String answer) {
      return new IdempotentCreate.Recorded(0, answer.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String replay(IdempotentCreate.Recorded recorded) {
      return "replayed " + new String(recorded.body(), StandardCharsets.UTF_8);
    }
  };

  private final AtomicInteger decoded = new AtomicInteger();
  private final Caller alice = caller("live_alice");

  private String create(Caller c, String key, String fingerprint, CreateTask task) {
    return create(c, key, fingerprint, () -> task);
  }

  private String create(Caller c, String key, String fingerprint, Supplier<CreateTask> request) {
    return engine.tasks().create(c, key, fingerprint, () -> {
      decoded.incrementAndGet();
      return request.get();
    }, TEXT);
  }

  private long tasksOf(Caller c) {
    return engine.tasks().list(c, TaskFilter.NONE, null, 0, 100).total();
  }

  @Test
  void aRetryGetsTheFirstAnswerAndCreatesNothing() {
    String first = create(alice, "k", "fp", Nodes.image("http://x/1").build());
    String retry = create(alice, "k", "fp", Nodes.image("http://x/1").build());

    assertThat(first).startsWith("created ");
    assertThat(retry).isEqualTo("replayed " + first);
    assertThat(decoded).hasValue(1); // the retry is not even decoded
    assertThat(tasksOf(alice)).isEqualTo(1);
  }

  @Test
  void aRefusalOfTheRequestItselfIsKeptAndReplayed() {
    String first = create(alice, "k", "fp", () -> {
      throw RefonteError.malformed("The request body is not valid JSON: nope");
    });
    assertThat(first).isEqualTo("refused MALFORMED_REQUEST: The request body is not valid JSON: nope");
    assertThat(create(alice, "k", "fp", Nodes.image("http://x/1").build())).isEqualTo("replayed " + first);

    String invalid = create(alice, "k2", "fp", Nodes.task("categorization", "attachment", "http://x").build());
    assertThat(invalid).startsWith("refused INVALID_PARAMETER: Parameter is invalid, reason: \"categories\"");
    assertThat(create(alice, "k2", "fp", Nodes.image("http://x/1").build())).isEqualTo("replayed " + invalid);
    assertThat(tasksOf(alice)).isZero();
  }

  @Test
  void aDuplicateUniqueIdIsReplayedEvenAfterTheHolderLetItGo() {
    String holder = engine.tasks().create(alice, Nodes.image("http://x/1").uniqueId("u").build()).id();
    String refused = create(alice, "k", "fp", Nodes.image("http://x/2").uniqueId("u").build());
    assertThat(refused).isEqualTo("refused DUPLICATE_UNIQUE_ID: The unique_id (\"u\") is already used for a "
        + "different task (" + holder + ").");

    engine.tasks().clearUniqueId(alice, holder);

    assertThat(create(alice, "k", "fp", Nodes.image("http://x/2").uniqueId("u").build()))
        .isEqualTo("replayed " + refused);
    assertThat(tasksOf(alice)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithOtherParametersOrFromAnotherTenantIsAConflict() {
    create(alice, "k", "fp-1", Nodes.image("http://x/1").build());

    assertThatThrownBy(() -> create(alice, "k", "fp-2", Nodes.image("http://x/2").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT))
        .hasMessage("The provided idempotency key is already in use for a different request.");
    Caller bob = caller("live_bob");
    assertThatThrownBy(() -> create(bob, "k", "fp-1", Nodes.image("http://x/1").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IDEMPOTENCY_CONFLICT));
    assertThat(tasksOf(alice)).isEqualTo(1);
    assertThat(tasksOf(bob)).isZero();
  }

  @Test
  void whileTheFirstRequestRunsTheKeyIsInFlight() {
    String first = create(alice, "k", "fp", () -> {
      assertThatThrownBy(() -> create(alice, "k", "fp", Nodes.image("http://x/1").build()))
          .isInstanceOfSatisfying(RefonteError.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.IN_FLIGHT);
            assertThat(e.retryAfterSeconds()).isEqualTo(1);
          });
      return Nodes.image("http://x/1").build();
    });

    assertThat(create(alice, "k", "fp", Nodes.image("http://x/1").build())).isEqualTo("replayed " + first);
    assertThat(tasksOf(alice)).isEqualTo(1);
  }

  @Test
  void aRateLimitKeepsNothingSoTheRetryIsProcessedAfresh() {
    engine.setRateLimit(new RateLimit(1, 1));
    engine.tasks().create(alice, Nodes.image("http://x/0").build()); // takes the only token

    assertThatThrownBy(() -> create(alice, "k", "fp", Nodes.image("http://x/1").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.RATE_LIMITED));
    clock.advance(Duration.ofSeconds(1));

    assertThat(create(alice, "k", "fp", Nodes.image("http://x/1").build())).startsWith("created ");
    assertThat(tasksOf(alice)).isEqualTo(2);
  }

  @Test
  void aCrashKeepsNothing() {
    assertThatThrownBy(() -> create(alice, "k", "fp", () -> {
      throw new IllegalStateException("boom");
    })).isInstanceOf(IllegalStateException.class);

    assertThat(create(alice, "k", "fp", Nodes.image("http://x/1").build())).startsWith("created ");
    assertThat(engine.idempotency().savedBy(alice.tenantName())).isEqualTo(1);
  }

  @Test
  void withoutAKeyNothingIsKeptAndRefusalsAreThrown() {
    create(alice, null, null, Nodes.image("http://x/1").build());
    create(alice, null, null, Nodes.image("http://x/1").build());
    assertThatThrownBy(() -> create(alice, null, null, CreateTask.builder("nonsense").build()))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));

    assertThat(tasksOf(alice)).isEqualTo(2);
    assertThat(engine.idempotency().size()).isZero();
  }

  @Test
  void aKeptAnswerIsReplayedUntilTheTtlHasPassedOnTheMockClock() {
    reconfigure(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).idempotencyTtl(Duration.ofHours(24)));
    Caller c = caller("live_alice");
    String first = create(c, "k", "fp", Nodes.image("http://x/1").build());

    clock.advance(Duration.ofHours(24).minusMillis(1));
    assertThat(create(c, "k", "fp", Nodes.image("http://x/1").build())).isEqualTo("replayed " + first);
    clock.advance(Duration.ofMillis(1));
    String afterTtl = create(c, "k", "fp", Nodes.image("http://x/1").build());

    assertThat(afterTtl).startsWith("created ").isNotEqualTo(first);
    assertThat(tasksOf(c)).isEqualTo(2);
  }

  @Test
  void aTenantPastItsCapForgetsItsOwnOldestKeysOnly() {
    reconfigure(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).idempotencyMaxRecordsPerTenant(2));
    Caller a = caller("live_alice");
    Caller b = caller("live_bob");
    String bobs = create(b, "b-1", "fp", Nodes.image("http://x/b").build());
    String first = create(a, "a-1", "fp", Nodes.image("http://x/1").build());
    String second = create(a, "a-2", "fp", Nodes.image("http://x/2").build());
    create(a, "a-3", "fp", Nodes.image("http://x/3").build());

    assertThat(create(a, "a-2", "fp", Nodes.image("http://x/2").build())).isEqualTo("replayed " + second);
    assertThat(create(b, "b-1", "fp", Nodes.image("http://x/b").build())).isEqualTo("replayed " + bobs);
    assertThat(create(a, "a-1", "fp", Nodes.image("http://x/1").build()))
        .startsWith("created ").isNotEqualTo(first); // forgotten: processed afresh
  }

  @Test
  void concurrentCreatesWithOneKeyMakeExactlyOneTask() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      answers.add(pool.submit(() -> {
        start.await();
        try {
          return create(alice, "k", "fp", Nodes.image("http://x/1").build());
        } catch (RefonteError e) {
          return e.code().name();
        }
      }));
    }
    start.countDown();
    List<String> got = new ArrayList<>();
    for (Future<String> f : answers) {
      got.add(f.get(10, TimeUnit.SECONDS));
    }
    pool.shutdown();

    String created = got.stream().filter(a -> a.startsWith("created ")).findFirst().orElseThrow();
    assertThat(got).allMatch(a -> a.equals(created) || a.equals("replayed " + created) || a.equals("IN_FLIGHT"));
    assertThat(got).filteredOn(a -> a.equals(created)).hasSize(1);
    assertThat(tasksOf(alice)).isEqualTo(1);
  }
}
