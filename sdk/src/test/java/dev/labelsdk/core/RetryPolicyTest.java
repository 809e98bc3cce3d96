package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy = RetryPolicy.defaults();

  @Test
  void backoffDoublesFromHalfASecondWithLowestJitter() {
    assertThat(policy.delayBefore(1, Optional.empty(), 0.0)).isEqualTo(Duration.ofMillis(250));
    assertThat(policy.delayBefore(2, Optional.empty(), 0.0)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.delayBefore(3, Optional.empty(), 0.0)).isEqualTo(Duration.ofMillis(1000));
  }

  @Test
  void jitterKeepsTheDelayBetweenHalfAndAllOfTheBackoff() {
    for (int retry = 1; retry <= 6; retry++) {
      Duration backoff = Duration.ofMillis(Math.min(8000, 500L << (retry - 1)));
      Duration low = policy.delayBefore(retry, Optional.empty(), 0.0);
      Duration high = policy.delayBefore(retry, Optional.empty(), Math.nextDown(1.0));
      assertThat(low).isEqualTo(backoff.dividedBy(2));
      assertThat(high).isLessThanOrEqualTo(backoff).isGreaterThan(backoff.multipliedBy(99).dividedBy(100));
    }
  }

  @Test
  void backoffIsCappedAtEightSecondsEvenForHugeRetryNumbers() {
    assertThat(policy.delayBefore(5, Optional.empty(), 0.0)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.delayBefore(6, Optional.empty(), 0.0)).isEqualTo(Duration.ofSeconds(4));
    assertThat(policy.delayBefore(1000, Optional.empty(), Math.nextDown(1.0)))
        .isLessThanOrEqualTo(Duration.ofSeconds(8)).isGreaterThan(Duration.ofMillis(7990));
  }

  @Test
  void retryAfterReplacesTheBackoffAndIsCappedAtSixtySeconds() {
    assertThat(policy.delayBefore(1, Optional.of(Duration.ofSeconds(3)), 0.7))
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(policy.delayBefore(1, Optional.of(Duration.ofMinutes(10)), 0.7))
        .isEqualTo(Duration.ofSeconds(60));
    assertThat(policy.delayBefore(1, Optional.of(Duration.ofSeconds(-5)), 0.7))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void rejectsJitterOutsideTheUnitInterval() {
    assertThatThrownBy(() -> policy.delayBefore(1, Optional.empty(), 1.0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> policy.delayBefore(1, Optional.empty(), -0.1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
