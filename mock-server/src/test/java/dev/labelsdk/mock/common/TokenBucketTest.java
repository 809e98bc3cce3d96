package dev.labelsdk.mock.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rate limiter of both APIs, on explicit times (no clock, no HTTP). */
class TokenBucketTest {

  @Test
  void burstThenRefillAtTheRate() {
    TokenBucket bucket = new TokenBucket();
    for (int i = 0; i < 30; i++) {
      assertThat(bucket.tryTake(30, 30, 0)).isZero();
    }
    assertThat(bucket.tryTake(30, 30, 0)).isEqualTo(1);
    assertThat(bucket.tryTake(30, 30, 34)).isZero(); // one token per 33.3 ms
    assertThat(bucket.tryTake(30, 30, 34)).isEqualTo(1);
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    TokenBucket bucket = new TokenBucket();
    assertThat(bucket.tryTake(0.25, 1, 0)).isZero();
    assertThat(bucket.tryTake(0.25, 1, 0)).isEqualTo(4);
    assertThat(bucket.tryTake(0.25, 1, 3_000)).isEqualTo(1);
    assertThat(bucket.tryTake(0.25, 1, 4_000)).isZero();
  }

  @Test
  void aSmallerCapacityThanTheRateLimitsTheBurst() {
    TokenBucket bucket = new TokenBucket();
    assertThat(bucket.tryTake(100, 2, 0)).isZero();
    assertThat(bucket.tryTake(100, 2, 0)).isZero();
    assertThat(bucket.tryTake(100, 2, 0)).isEqualTo(1);
    assertThat(bucket.tryTake(100, 2, 60_000)).isZero(); // a long pause refills only to 2
    assertThat(bucket.tryTake(100, 2, 60_000)).isZero();
    assertThat(bucket.tryTake(100, 2, 60_000)).isEqualTo(1);
  }

  @Test
  void zeroDisablesTheLimitAndTimeNeverRunsBackwards() {
    TokenBucket bucket = new TokenBucket();
    for (int i = 0; i < 1000; i++) {
      assertThat(bucket.tryTake(0, 0, 0)).isZero();
    }
    TokenBucket once = new TokenBucket();
    assertThat(once.tryTake(1, 1, 10_000)).isZero();
    assertThat(once.tryTake(1, 1, 5_000)).isEqualTo(1); // an earlier reading takes nothing away
    assertThat(once.tryTake(1, 1, 11_000)).isZero();
  }

  @Test
  void aBucketIsFullWhenNewOrRefilled() {
    TokenBucket bucket = new TokenBucket();
    assertThat(bucket.isFull(2, 2, 0)).isTrue();
    bucket.tryTake(2, 2, 0);
    assertThat(bucket.isFull(2, 2, 0)).isFalse();
    assertThat(bucket.isFull(2, 2, 499)).isFalse();
    assertThat(bucket.isFull(2, 2, 500)).isTrue();
  }

  @Test
  void keyedBucketsAreSeparateAndFullOnesArePrunedWhenManyKeysCome() {
    TokenBuckets buckets = new TokenBuckets();
    assertThat(buckets.tryTake("a", 1, 1, 0)).isZero();
    assertThat(buckets.tryTake("a", 1, 1, 0)).isEqualTo(1);
    assertThat(buckets.tryTake("b", 1, 1, 0)).isZero(); // another key, another bucket
    assertThat(buckets.tryTake("c", 0, 0, 0)).isZero(); // no limit: no bucket kept
    assertThat(buckets.size()).isEqualTo(2);

    for (int i = buckets.size(); i < TokenBuckets.PRUNE_ABOVE; i++) {
      buckets.tryTake("k" + i, 1, 1, 0);
    }
    assertThat(buckets.size()).isEqualTo(TokenBuckets.PRUNE_ABOVE);
    buckets.tryTake("late", 1, 1, 500); // nothing has refilled yet: nothing to drop
    assertThat(buckets.size()).isEqualTo(TokenBuckets.PRUNE_ABOVE + 1);
    buckets.tryTake("later", 1, 1, 2_000); // all refilled: forgotten, as if never used
    assertThat(buckets.size()).isEqualTo(1);
    assertThat(buckets.tryTake("a", 1, 1, 2_000)).isZero();
    buckets.clear();
    assertThat(buckets.size()).isZero();
  }
}
