package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class IdempotencyStoreTest {

  private final IdempotencyStore store = new IdempotencyStore(Duration.ofHours(24), 1_000);

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

  @Test
  void theOldestOutcomesAreForgottenBeyondTheCap() {
    IdempotencyStore small = new IdempotencyStore(Duration.ofHours(24), 3);
    for (int i = 0; i < 5; i++) {
      small.save((IdempotencyStore.Claimed) small.begin("k" + i, "t", "fp", i), 200, new byte[0], i);
    }
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.begin("k0", "t", "other", 10)).isInstanceOf(IdempotencyStore.Claimed.class);
    assertThat(small.begin("k4", "t", "fp", 10)).isInstanceOf(IdempotencyStore.Replay.class);
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

  @Test
  void fingerprintsCompareCanonicalJson() throws Exception {
    JsonNode a = Json.parse("{\"b\":[1,{\"y\":2,\"x\":1.0}],\"a\":\"s\"}".getBytes());
    JsonNode b = Json.parse("{ \"a\":\"s\", \"b\":[1.00,{\"x\":1,\"y\":2e0}] }".getBytes());
    JsonNode c = Json.parse("{\"a\":\"s\",\"b\":[{\"x\":1,\"y\":2},1]}".getBytes());
    Map<String, List<String>> q = Map.of();
    assertThat(IdempotencyStore.fingerprint("POST", "/v1/task/x", q, a, null))
        .isEqualTo(IdempotencyStore.fingerprint("POST", "/v1/task/x", q, b, null))
        .isNotEqualTo(IdempotencyStore.fingerprint("POST", "/v1/task/x", q, c, null))
        .isNotEqualTo(IdempotencyStore.fingerprint("POST", "/v1/task/y", q, a, null))
        .isNotEqualTo(IdempotencyStore.fingerprint("POST", "/v1/task/x", Map.of("q", List.of("1")), a, null));
    assertThat(IdempotencyStore.fingerprint("POST", "/v1/task/x", q, null, null))
        .isEqualTo(IdempotencyStore.fingerprint("POST", "/v1/task/x", q, Json.parse("{}".getBytes()), null));
  }
}
