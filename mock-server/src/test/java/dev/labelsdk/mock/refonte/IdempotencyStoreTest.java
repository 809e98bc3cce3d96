package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

  private final IdempotencyStore store = new IdempotencyStore(Duration.ofHours(24), 1_000, 1_000);

  @Test
  void claimThenReplayThenConflict() {
    var claim = (IdempotencyStore.Claimed) store.begin("k", "t1", "fp", 0);
    assertThat(store.begin("k", "t1", "fp", 1)).isInstanceOf(IdempotencyStore.InFlight.class);
    store.save(claim, 200, new byte[] {1, 2}, 2);

    var replay = (IdempotencyStore.Replay) store.begin("k", "t1", "fp", 3);
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.body()).containsExactly(1, 2);
    assertThat(store.begin("k", "t1", "other", 3)).isInstanceOf(IdempotencyStore.Conflict.class);
    assertThat(store.begin("k", "t2", "fp", 3)).isInstanceOf(IdempotencyStore.Conflict.class);
  }

  @Test
  void aReleasedClaimIsFreeAgain() {
    var claim = (IdempotencyStore.Claimed) store.begin("k", "t1", "fp", 0);
    store.release(claim);
    assertThat(store.begin("k", "t1", "other", 0)).isInstanceOf(IdempotencyStore.Claimed.class);
  }

  @Test
  void recordsExpireAfterTheTtlAndAreDropped() {
    var claim = (IdempotencyStore.Claimed) store.begin("k", "t1", "fp", 0);
    store.save(claim, 400, new byte[0], 1_000);
    long ttl = Duration.ofHours(24).toMillis();
    assertThat(store.begin("k", "t1", "x", 1_000 + ttl - 1)).isInstanceOf(IdempotencyStore.Conflict.class);
    assertThat(store.begin("other", "t1", "x", 1_000 + ttl)).isInstanceOf(IdempotencyStore.Claimed.class);
    assertThat(store.size()).isEqualTo(1); // "k" expired and was dropped
    assertThat(store.begin("k", "t2", "x", 1_000 + ttl)).isInstanceOf(IdempotencyStore.Claimed.class);
  }

  private static void saveNew(IdempotencyStore store, String key, String tenant, long now) {
    store.save((IdempotencyStore.Claimed) store.begin(key, tenant, "fp", now), 200, new byte[0], now);
  }

  @Test
  void aTenantPastItsOwnCapForgetsItsOwnOldestOutcomes() {
    IdempotencyStore small = new IdempotencyStore(Duration.ofHours(24), 100, 3);
    saveNew(small, "theirs", "quiet", 0);
    for (int i = 0; i < 5; i++) {
      saveNew(small, "k" + i, "busy", i + 1);
    }
    assertThat(small.savedBy("busy")).isEqualTo(3);
    assertThat(small.begin("k0", "busy", "other", 10)).isInstanceOf(IdempotencyStore.Claimed.class);
    assertThat(small.begin("k4", "busy", "fp", 10)).isInstanceOf(IdempotencyStore.Replay.class);
    assertThat(small.begin("theirs", "quiet", "fp", 10)).isInstanceOf(IdempotencyStore.Replay.class);
  }

  @Test
  void pastTheTotalCapTheTenantHoldingTheMostForgetsFirst() {
    IdempotencyStore small = new IdempotencyStore(Duration.ofHours(24), 6, 4);
    saveNew(small, "a1", "a", 0); // the oldest outcome in the store
    saveNew(small, "b1", "b", 1);
    saveNew(small, "b2", "b", 2);
    for (int i = 0; i < 10; i++) { // a flood: past the total cap (6), the flooder holds the most
      saveNew(small, "c" + i, "c", 3 + i);
    }
    assertThat(small.size()).isEqualTo(6);
    assertThat(small.savedBy("a")).isEqualTo(1);
    assertThat(small.savedBy("b")).isEqualTo(2);
    assertThat(small.savedBy("c")).isEqualTo(3);
    for (String kept : List.of("a1", "b1", "b2")) {
      assertThat(small.begin(kept, kept.substring(0, 1), "fp", 21)).as(kept).isInstanceOf(IdempotencyStore.Replay.class);
    }
    assertThat(small.begin("c9", "c", "fp", 21)).isInstanceOf(IdempotencyStore.Replay.class);
    assertThat(small.begin("c6", "c", "other", 21)).isInstanceOf(IdempotencyStore.Claimed.class);
  }

  @Test
  void onATieTheTenantWithTheOldestOutcomeForgetsFirst() {
    IdempotencyStore small = new IdempotencyStore(Duration.ofHours(24), 2, 2);
    saveNew(small, "b1", "b", 0);
    saveNew(small, "a1", "a", 1);
    saveNew(small, "c1", "c", 2);
    assertThat(small.begin("b1", "b", "other", 3)).isInstanceOf(IdempotencyStore.Claimed.class);
    assertThat(small.begin("a1", "a", "fp", 3)).isInstanceOf(IdempotencyStore.Replay.class);
  }

  @Test
  void expiredOutcomesGoBeforeAnyLiveOneIsForgotten() {
    IdempotencyStore small = new IdempotencyStore(Duration.ofMillis(100), 2, 2);
    saveNew(small, "old", "a", 0);
    saveNew(small, "live", "b", 50);
    saveNew(small, "new", "c", 120); // "old" expired at 100: it goes, nothing live does
    assertThat(small.size()).isEqualTo(2);
    assertThat(small.begin("live", "b", "fp", 121)).isInstanceOf(IdempotencyStore.Replay.class);
    assertThat(small.begin("new", "c", "fp", 121)).isInstanceOf(IdempotencyStore.Replay.class);
  }

  @Test
  void aSaveAfterAClearIsDropped() {
    var claim = (IdempotencyStore.Claimed) store.begin("k", "t1", "fp", 0);
    store.clear();
    store.save(claim, 200, new byte[0], 1);
    assertThat(store.size()).isZero();
    assertThat(store.begin("k", "t1", "other", 2)).isInstanceOf(IdempotencyStore.Claimed.class);
  }

  @Test
  void exactlyOneOfManyConcurrentRequestsClaimsAKey() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<IdempotencyStore.Lookup>> results = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      results.add(pool.submit(() -> {
        start.await();
        return store.begin("race", "t", "fp", 0);
      }));
    }
    start.countDown();
    int claims = 0;
    for (Future<IdempotencyStore.Lookup> f : results) {
      if (f.get() instanceof IdempotencyStore.Claimed) {
        claims++;
      } else {
        assertThat(f.get()).isInstanceOf(IdempotencyStore.InFlight.class);
      }
    }
    pool.shutdown();
    assertThat(claims).isEqualTo(1);
  }
}
