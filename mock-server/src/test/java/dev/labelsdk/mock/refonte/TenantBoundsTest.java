package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.mock.common.MockClock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tenants at the engine level: only a change that succeeds keeps a tenant, their number is
 * bounded, and one tenant's Idempotency-Key traffic cannot make another forget its keys.
 */
class TenantBoundsTest {

  private static final CreateTask TASK = Nodes.image("http://x/a").build();

  private final MockClock clock = new MockClock(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")));
  private RefonteEngine engine = engine(RefonteConfig.builder());

  private RefonteEngine engine(RefonteConfig.Builder config) {
    return new RefonteEngine(config.rateLimit(RateLimit.UNLIMITED).build(), clock,
        (url, headers, body, timeout) -> CompletableFuture.completedFuture(200));
  }

  @AfterEach
  void close() {
    engine.close();
  }

  private int tenants() {
    return engine.control().stats().get("tenants").asInt();
  }

  @Test
  void requestsThatChangeNothingLeaveNoTenant() {
    Caller c = engine.authenticate("live_reader");
    assertThatThrownBy(() -> engine.tasks().get(c, "0123456789abcdef01234567")).isInstanceOf(RefonteError.class);
    engine.tasks().list(c, TaskFilter.NONE, null, 0, 10);
    assertThatThrownBy(() -> engine.tasks().create(c, CreateTask.builder("imageannotation").build()))
        .isInstanceOf(RefonteError.class);
    assertThat(tenants()).isEqualTo(1); // while the request is in progress
    engine.release(c);
    assertThat(tenants()).isZero();
    assertThat(engine.control().state().tenants()).isEmpty();
  }

  @Test
  void aChangeThatSucceedsKeepsTheTenant() {
    Caller c = engine.authenticate("live_writer");
    String id = engine.tasks().create(c, TASK).id();
    engine.release(c);

    Caller again = engine.authenticate("live_writer");
    assertThat(engine.tasks().get(again, id).id()).isEqualTo(id);
    engine.release(again);
    assertThat(tenants()).isEqualTo(1);
  }

  @Test
  void aTenantWithARequestInProgressStaysUntilTheLastOneEnds() {
    Caller first = engine.authenticate("live_both");
    Caller second = engine.authenticate("live_both");
    engine.release(first); // nothing stored yet, but the second request is still running
    engine.tasks().create(second, TASK);
    engine.release(second);

    Caller later = engine.authenticate("live_both");
    assertThat(engine.tasks().list(later, TaskFilter.NONE, null, 0, 10).total()).isEqualTo(1);
  }

  @Test
  void newTenantsBeyondTheBoundAre503AndKnownOnesStillWork() {
    engine.close();
    engine = engine(RefonteConfig.builder().maxTenants(2));
    for (String key : new String[] {"live_a", "live_b"}) {
      Caller c = engine.authenticate(key);
      engine.tasks().create(c, TASK);
      engine.release(c);
    }
    assertThatThrownBy(() -> engine.authenticate("live_c"))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MOCK_FULL))
        .hasMessage("The mock already holds data for 2 tenants, its maximum; reset it or raise maxTenants.");
    Caller known = engine.authenticate("live_a");
    engine.tasks().create(known, TASK);
    engine.release(known);
    assertThat(tenants()).isEqualTo(2);
  }

  @Test
  void anotherTenantsFloodOfKeyedFailuresCannotEvictAKeyWithinTheTtl() {
    engine.close();
    engine = engine(RefonteConfig.builder().idempotencyMaxRecords(50).idempotencyMaxRecordsPerTenant(20));
    IdempotencyStore store = engine.idempotency();
    var mine = (IdempotencyStore.Claimed) store.begin("my-key", "alice", "fp", clock.millis());
    store.save(mine, 200, "{\"task_id\":\"t1\"}".getBytes(), clock.millis());

    for (int i = 0; i < 1_000; i++) { // the attack: cheap keyed 400s with fresh keys
      clock.advance(Duration.ofSeconds(1));
      var claim = (IdempotencyStore.Claimed) store.begin("flood-" + i, "mallory", "fp", clock.millis());
      store.save(claim, 400, new byte[0], clock.millis());
    }

    assertThat(store.begin("my-key", "alice", "fp", clock.millis()))
        .isInstanceOfSatisfying(IdempotencyStore.Replay.class, r -> assertThat(r.status()).isEqualTo(200));
    assertThat(store.savedBy("mallory")).isEqualTo(20);
  }
}
