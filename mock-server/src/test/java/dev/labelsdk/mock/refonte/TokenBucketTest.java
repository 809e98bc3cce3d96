package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

  @Test
  void burstThenRefillAtTheRate() {
    TokenBucket bucket = new TokenBucket();
    RateLimit limit = new RateLimit(30, 30);
    for (int i = 0; i < 30; i++) {
      assertThat(bucket.tryTake(limit, 0)).isZero();
    }
    assertThat(bucket.tryTake(limit, 0)).isEqualTo(1);
    assertThat(bucket.tryTake(limit, 34)).isZero(); // one token per 33.3 ms
    assertThat(bucket.tryTake(limit, 34)).isEqualTo(1);
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    TokenBucket bucket = new TokenBucket();
    RateLimit slow = new RateLimit(0.25, 1);
    assertThat(bucket.tryTake(slow, 0)).isZero();
    assertThat(bucket.tryTake(slow, 0)).isEqualTo(4);
    assertThat(bucket.tryTake(slow, 3_000)).isEqualTo(1);
    assertThat(bucket.tryTake(slow, 4_000)).isZero();
  }

  @Test
  void zeroDisablesTheLimitAndBadSettingsAreRefused() {
    TokenBucket bucket = new TokenBucket();
    for (int i = 0; i < 1000; i++) {
      assertThat(bucket.tryTake(RateLimit.UNLIMITED, 0)).isZero();
    }
    assertThatThrownBy(() -> new RateLimit(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit(5, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
