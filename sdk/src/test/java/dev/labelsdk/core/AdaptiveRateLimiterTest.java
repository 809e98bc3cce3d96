package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.assertj.core.data.Offset;
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

  static Throttle.Permit permit(AdaptiveRateLimiter l) {
    return l.acquire().join();
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
  void aWholeSecondRetryAfterIsARoundedUpWaitAndHoldsOneSecondLess() {
    AdaptiveRateLimiter l = limiter(1000);
    permit(l).release(tooMany(Duration.ofSeconds(1)));
    permit(l);
    assertThat(scheduler.delays().get(scheduler.delays().size() - 1))
        .as("one interval at the cut rate (800/s), not a whole second")
        .isEqualTo(Duration.ofNanos(1_250_000));

    // A second cut within that second: the server meant it, the whole second is held.
    Throttle.Permit again = permit(l);
    now.addAndGet(Duration.ofMillis(300).toNanos());
    again.release(tooMany(Duration.ofSeconds(1)));
    assertThat(l.decreases()).isEqualTo(2);
    permit(l);
    assertThat(scheduler.delays().get(scheduler.delays().size() - 1)).isEqualTo(
        Duration.ofSeconds(1));

    AdaptiveRateLimiter other = limiter(1000);
    other.acquire().join().release(tooMany(Duration.ofSeconds(3)));
    other.acquire();
    assertThat(scheduler.delays().get(scheduler.delays().size() - 1)).isEqualTo(
        Duration.ofSeconds(2));
  }

  @Test
  void theBurstOf429sSentBeforeACutIsOneCutAndHoldsEveryoneForRetryAfter() {
    AdaptiveRateLimiter l = limiter(1000);
    List<Throttle.Permit> burst = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      burst.add(permit(l));
    }
    now.addAndGet(Duration.ofMillis(50).toNanos());
    burst.forEach(p -> p.release(tooMany(Duration.ofMillis(2500))));
    assertThat(l.decreases()).isEqualTo(1);
    assertThat(l.rate()).isEqualTo(800.0);

    List<Duration> before = scheduler.delays();
    permit(l);
    List<Duration> after = scheduler.delays();
    assertThat(after.get(after.size() - 1)).as("held for Retry-After").isEqualTo(
        Duration.ofMillis(2500));
    assertThat(after).hasSize(before.size() + 1);

    // A 429 for an attempt sent after the cut is a new cut.
    Throttle.Permit later = permit(l);
    later.release(tooMany(null));
    assertThat(l.decreases()).isEqualTo(2);
    assertThat(l.rate()).isEqualTo(640.0, Offset.offset(1e-9));
  }

  @Test
  void recoversQuicklyToTheCeilingThenProbesSlowly() {
    AdaptiveRateLimiter l = limiter(100);
    permit(l).release(tooMany(null));
    assertThat(l.rate()).isEqualTo(80.0);
    // About 2 s of answers at the rate bring it back to the ceiling (10% of it a second).
    for (int i = 0; i < 200 && l.rate() < 100; i++) {
      answerAtTheRate(l, null);
    }
    assertThat(l.rate()).isEqualTo(100.0);
    // Above the ceiling: +5/s a second, about 5/100 per answer.
    answerAtTheRate(l, serverError());
    assertThat(l.rate()).isEqualTo(100.05, Offset.offset(1e-3));
  }

  /** An answer an interval at the current rate after the last one, as a paced run gets them. */
  private void answerAtTheRate(AdaptiveRateLimiter l, RuntimeException failure) {
    now.addAndGet((long) (1e9 / l.rate()));
    permit(l).release(failure);
  }

  @Test
  void aRateNotInUseIsNotProbed() {
    AdaptiveRateLimiter l = limiter(100);
    permit(l).release(tooMany(null));
    for (int i = 0; i < 200; i++) {
      now.addAndGet(Duration.ofMillis(100).toNanos()); // 10 answers a second, well below 80/s
      permit(l).release(null);
    }
    assertThat(l.rate()).as("back to the ceiling, and no higher than twice what is used")
        .isEqualTo(100.0);
  }

  @Test
  void neverBelowTheFloor() {
    AdaptiveRateLimiter l = limiter(1.1);
    permit(l).release(tooMany(null));
    assertThat(l.rate()).isEqualTo(AdaptiveRateLimiter.MIN_RATE);
  }

  @Test
  void theFirstCutStartsFromTheRateOfAnswersSeen() {
    AdaptiveRateLimiter l = limiter(Double.POSITIVE_INFINITY);
    for (int i = 0; i < 50; i++) {
      now.addAndGet(Duration.ofMillis(20).toNanos()); // 50 answers a second
      Throttle.Permit p = permit(l);
      p.release(null);
    }
    permit(l).release(tooMany(Duration.ofSeconds(1)));
    assertThat(l.rate()).isBetween(35.0, 45.0);
  }

  @Test
  void anOpeningBurstCountsTheRetryAfterAsTheTimeItWasServedIn() {
    AdaptiveRateLimiter l = limiter(Double.POSITIVE_INFINITY);
    for (int i = 0; i < 2; i++) {
      now.addAndGet(Duration.ofMillis(1).toNanos()); // a server allowing 2 a second, all at once
      permit(l).release(null);
    }
    permit(l).release(tooMany(Duration.ofSeconds(1)));
    assertThat(l.rate()).as("0.8 of 2 answers in about a second, not of 2 in 2 ms")
        .isCloseTo(1.6, Offset.offset(0.01));
  }

  @Test
  void aSlowServerIsProbedInProportionToItsRate() {
    AdaptiveRateLimiter l = limiter(2);
    permit(l).release(tooMany(null));
    for (int i = 0; i < 100 && l.rate() < 2; i++) {
      answerAtTheRate(l, null);
    }
    assertThat(l.rate()).isEqualTo(2.0);
    // Above a ceiling of 2/s: +5% of it a second (not the configured +5/s), 0.1/2 per answer.
    answerAtTheRate(l, null);
    assertThat(l.rate()).isEqualTo(2.05, Offset.offset(0.04));
    assertThat(l.rate()).isLessThan(2.1);
  }

  @Test
  void answersToTheOpeningBurstThatArriveAfterItsFirst429StillCount() {
    AdaptiveRateLimiter l = limiter(Double.POSITIVE_INFINITY);
    List<Throttle.Permit> burst = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      burst.add(permit(l));
    }
    burst.get(4).release(tooMany(Duration.ofSeconds(1))); // the quick 429 is answered first
    assertThat(l.rate()).isEqualTo(AdaptiveRateLimiter.MIN_RATE);
    for (int i = 0; i < 4; i++) {
      burst.get(i).release(null); // then the 4 the server accepted in that second
    }
    assertThat(l.rate()).as("0.8 of 4 a second, and one answer's recovery above it")
        .isBetween(3.2, 3.4);
    // Once the rate has been cut again, late answers of the opening no longer count.
    permit(l).release(tooMany(null));
    double cut = l.rate();
    permit(l).release(null);
    assertThat(l.rate()).isLessThan(3.2).isGreaterThanOrEqualTo(cut);
  }

  @Test
  void answersThatAreErrorsButNot429CountAsTakenByTheServer() {
    AdaptiveRateLimiter l = limiter(Double.POSITIVE_INFINITY);
    for (int i = 0; i < 50; i++) {
      now.addAndGet(Duration.ofMillis(20).toNanos()); // 50 answers a second, 1 in 5 a 503
      permit(l).release(i % 5 == 0 ? serverError() : null);
    }
    permit(l).release(tooMany(Duration.ofSeconds(1)));
    assertThat(l.rate()).as("0.8 of about 50, not of the 40 successes").isBetween(35.0, 45.0);
  }

  @Test
  void theProbingStepDoublesEachSecondWithoutA429() {
    AdaptiveRateLimiter l = limiter(2);
    permit(l).release(tooMany(null));
    for (int i = 0; i < 100 && l.rate() < 2; i++) {
      permit(l).release(null);
    }
    permit(l).release(null); // at the ceiling: probing starts, +0.1/s a second
    double before = l.rate();
    now.addAndGet(Duration.ofSeconds(3).toNanos());
    permit(l).release(null);
    // 8 × 5% of the rate a second, and an answer comes every 1/rate s.
    assertThat(l.rate() - before).as("3 doublings").isCloseTo(8 * 0.05, Offset.offset(1e-9));
    permit(l).release(tooMany(null));
    double cut = l.rate();
    for (int i = 0; i < 100 && l.rate() < cut / AdaptiveRateLimiter.DECREASE_FACTOR; i++) {
      permit(l).release(null);
    }
    double atCeiling = l.rate();
    permit(l).release(null);
    assertThat(l.rate() - atCeiling).as("a cut starts the step over")
        .isCloseTo(0.05, Offset.offset(1e-9));
  }

  @Test
  void aCutAfterALongOvershootStartsFromWhatTheServerTookNotFromThePace() {
    AdaptiveRateLimiter l = limiter(30);
    for (int i = 0; i < 60; i++) {
      now.addAndGet(Duration.ofMillis(50).toNanos()); // the server took 20 a second
      permit(l).release(null);
    }
    permit(l).release(tooMany(null)); // its burst allowance ran out
    assertThat(l.rate()).as("0.8 of the 20 a second taken, not of the 30 a second sent")
        .isCloseTo(16.0, Offset.offset(0.5));
  }
}
