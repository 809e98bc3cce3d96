package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The AIMD pacing of bulk submission, on a fake clock. */
class AdaptiveRateLimiterTest {

  final AtomicLong now = new AtomicLong(0);
  final RecordingScheduler scheduler = RecordingScheduler.immediate();

  AdaptiveRateLimiter limiter(double start) {
    return new AdaptiveRateLimiter(start, Double.POSITIVE_INFINITY, 5, scheduler, now::get);
  }

  static RateLimitException tooMany(Duration retryAfter) {
    return new RateLimitException("slow down",
        new ErrorResponse(429, "slow down", "", null, retryAfter), null);
  }

  static ServerException serverError() {
    return new ServerException("oops", new ErrorResponse(503, "oops", "", null, null), null);
  }

  @Test
  void spacesAttemptsAtOneOverTheRate() {
    AdaptiveRateLimiter l = limiter(10);
    for (int i = 0; i < 4; i++) {
      assertThat(l.acquire()).isDone();
    }
    assertThat(scheduler.delays()).containsExactly(
        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300));
  }

  @Test
  void unlimitedUntilTheFirst429() {
    AdaptiveRateLimiter l = limiter(Double.POSITIVE_INFINITY);
    for (int i = 0; i < 100; i++) {
      l.acquire();
    }
    assertThat(scheduler.delays()).isEmpty();
  }

  @Test
  void a429CutsTheRateOnceForABurstAndHoldsEveryoneForRetryAfter() {
    AdaptiveRateLimiter l = limiter(10);
    l.onOutcome(tooMany(Duration.ofSeconds(2)));
    l.onOutcome(tooMany(Duration.ofSeconds(2)));
    assertThat(l.rate()).isEqualTo(8.0);
    assertThat(l.decreases()).isEqualTo(1);
    CompletableFuture<Void> permit = l.acquire();
    assertThat(permit).isDone();
    assertThat(scheduler.delays()).containsExactly(Duration.ofSeconds(2));
    // After the spacing interval another 429 is a new cut.
    now.addAndGet(Duration.ofMillis(200).toNanos());
    l.onOutcome(tooMany(null));
    assertThat(l.rate()).isEqualTo(6.4, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void otherAnswersRaiseTheRateAdditivelyButNeverBelowTheFloor() {
    AdaptiveRateLimiter l = limiter(1.1);
    l.onOutcome(tooMany(null));
    assertThat(l.rate()).isEqualTo(AdaptiveRateLimiter.MIN_RATE);
    l.onOutcome(null);
    assertThat(l.rate()).isEqualTo(6.0);
    l.onOutcome(serverError());
    assertThat(l.rate()).isGreaterThan(6.0);
  }

  @Test
  void theFirst429StartsFromTheRateOfAnswersSeen() {
    AdaptiveRateLimiter l = limiter(Double.POSITIVE_INFINITY);
    for (int i = 0; i < 50; i++) {
      now.addAndGet(Duration.ofMillis(20).toNanos()); // 50 answers a second
      l.onOutcome(null);
    }
    l.onOutcome(tooMany(Duration.ofSeconds(1)));
    assertThat(l.rate()).isBetween(35.0, 45.0);
  }
}
