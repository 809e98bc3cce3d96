package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetrierTest {

  static final class Transient extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final Duration retryAfter;

    Transient(String message, Duration retryAfter) {
      super(message);
      this.retryAfter = retryAfter;
    }
  }

  static final RetryClassifier TRANSIENT_ONLY = new RetryClassifier() {
    @Override
    public boolean isRetryable(RuntimeException failure) {
      return failure instanceof Transient;
    }

    @Override
    public Optional<Duration> retryAfter(RuntimeException failure) {
      return failure instanceof Transient t ? Optional.ofNullable(t.retryAfter) : Optional.empty();
    }
  };

  private final List<Duration> sleeps = new ArrayList<>();
  private final Retrier retrier = new Retrier(RetryPolicy.defaults(), sleeps::add, () -> 0.0);

  @Test
  void retriesTransientFailuresThenReturnsTheResult() {
    AtomicInteger calls = new AtomicInteger();
    String result = retrier.execute("op", 3, TRANSIENT_ONLY, (attempt, earlier) -> {
      assertThat(earlier).hasSize(attempt - 1);
      if (calls.incrementAndGet() < 3) {
        throw new Transient("boom " + attempt, null);
      }
      return "ok after " + attempt;
    });
    assertThat(result).isEqualTo("ok after 3");
    assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void throwsTheLastFailureWhenRetriesAreUsedUp() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> retrier.execute("op", 2, TRANSIENT_ONLY, (attempt, earlier) -> {
      calls.incrementAndGet();
      throw new Transient("attempt " + attempt, null);
    })).hasMessage("attempt 3");
    assertThat(calls).hasValue(3);
    assertThat(sleeps).hasSize(2);
  }

  @Test
  void doesNotRetryOtherFailures() {
    AtomicInteger calls = new AtomicInteger();
    assertThatThrownBy(() -> retrier.execute("op", 5, TRANSIENT_ONLY, (attempt, earlier) -> {
      calls.incrementAndGet();
      throw new IllegalStateException("permanent");
    })).isInstanceOf(IllegalStateException.class);
    assertThat(calls).hasValue(1);
    assertThat(sleeps).isEmpty();
  }

  @Test
  void usesRetryAfterWhenTheFailureCarriesOne() {
    AtomicInteger calls = new AtomicInteger();
    retrier.execute("op", 3, TRANSIENT_ONLY, (attempt, earlier) -> {
      if (calls.incrementAndGet() == 1) {
        throw new Transient("slow down", Duration.ofSeconds(7));
      }
      return null;
    });
    assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void anInterruptedWaitStopsRetryingAndKeepsTheInterruptFlag() {
    Retrier interrupted = new Retrier(RetryPolicy.defaults(), d -> {
      throw new InterruptedException("stop");
    }, () -> 0.0);
    AtomicInteger calls = new AtomicInteger();
    try {
      assertThatThrownBy(() -> interrupted.execute("op", 3, TRANSIENT_ONLY, (a, e) -> {
        calls.incrementAndGet();
        throw new Transient("boom", null);
      })).isInstanceOf(Transient.class)
          .satisfies(t -> assertThat(t.getSuppressed()).hasAtLeastOneElementOfType(
              InterruptedException.class));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
      assertThat(calls).hasValue(1);
    } finally {
      Thread.interrupted();
    }
  }
}
