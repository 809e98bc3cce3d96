package dev.labelsdk.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs an {@link Attempt} until it succeeds, fails with a non-retryable failure, or uses up
 * its retries, waiting between attempts as the {@link RetryPolicy} says. Thread-safe; holds
 * no per-call state.
 */
public final class Retrier {

  private static final Logger LOG = LoggerFactory.getLogger(Retrier.class);

  /** Jitter from {@link ThreadLocalRandom}, in {@code [0, 1)}. */
  public static final DoubleSupplier RANDOM_JITTER = () -> ThreadLocalRandom.current().nextDouble();

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final DoubleSupplier jitter;

  /**
   * @param policy delays between attempts
   * @param sleeper how to wait ({@link Sleeper#SYSTEM} outside tests)
   * @param jitter values in {@code [0, 1)} ({@link #RANDOM_JITTER} outside tests)
   */
  public Retrier(RetryPolicy policy, Sleeper sleeper, DoubleSupplier jitter) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    this.jitter = Objects.requireNonNull(jitter, "jitter");
  }

  /** The {@code policy} value. */
  public RetryPolicy policy() {
    return policy;
  }

  /**
   * Runs {@code attempt} at most {@code maxRetries + 1} times.
   *
   * @param description what is being called, for log lines (never include secrets)
   * @return the first successful result
   * @throws RuntimeException the last failure when it is not retryable or no retry is left;
   *     if the wait is interrupted, the last failure with the {@link InterruptedException}
   *     suppressed and the thread's interrupt flag set again
   */
  public <T> T execute(String description, int maxRetries, RetryClassifier classifier,
      Attempt<T> attempt) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0");
    }
    List<RuntimeException> failures = new ArrayList<>();
    for (int n = 1; ; n++) {
      try {
        return attempt.run(n, Collections.unmodifiableList(new ArrayList<>(failures)));
      } catch (RuntimeException failure) {
        if (n > maxRetries || !classifier.isRetryable(failure)) {
          throw failure;
        }
        failures.add(failure);
        Duration wait = policy.delayBefore(n, classifier.retryAfter(failure), jitter.getAsDouble());
        LOG.debug("{} failed ({}); retry {} of {} in {} ms", description, failure.getMessage(), n,
            maxRetries, wait.toMillis());
        try {
          sleeper.sleep(wait);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          failure.addSuppressed(interrupted);
          throw failure;
        }
      }
    }
  }
}
