package dev.labelsdk.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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

  /** This retrier with other delays (same sleeper and jitter). */
  public Retrier withPolicy(RetryPolicy policy) {
    return new Retrier(policy, sleeper, jitter);
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
    requireMaxRetries(maxRetries);
    List<RuntimeException> failures = new ArrayList<>();
    for (int n = 1; ; n++) {
      try {
        return attempt.run(n, Collections.unmodifiableList(new ArrayList<>(failures)));
      } catch (RuntimeException failure) {
        Duration wait = waitBeforeRetry(description, n, maxRetries, classifier, failure);
        failures.add(failure);
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

  /**
   * A number of retries after the first attempt, checked (the one rule for every setting).
   *
   * @param maxRetries retries after the first attempt; 0 disables retrying
   * @return {@code maxRetries}
   * @throws IllegalArgumentException if negative
   */
  public static int requireMaxRetries(int maxRetries) {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0");
    }
    return maxRetries;
  }

  /**
   * The async twin of {@link #execute}: the same decisions (which failure is retried, how
   * long to wait), but each wait is a task on {@code scheduler}, so no thread waits.
   *
   * @return a future of the first successful result, or failed with the last failure when it
   *     is not retryable or no retry is left
   */
  public <T> CompletableFuture<T> executeAsync(String description, int maxRetries,
      RetryClassifier classifier, Scheduler scheduler, AsyncAttempt<T> attempt) {
    requireMaxRetries(maxRetries);
    CompletableFuture<T> result = new CompletableFuture<>();
    runAsync(description, maxRetries, classifier, scheduler, attempt, 1, List.of(), result);
    return result;
  }

  private <T> void runAsync(String description, int maxRetries, RetryClassifier classifier,
      Scheduler scheduler, AsyncAttempt<T> attempt, int n, List<RuntimeException> failures,
      CompletableFuture<T> result) {
    if (result.isDone()) {
      return; // cancelled by the caller: no further attempt
    }
    CompletableFuture<T> once;
    try {
      once = attempt.run(n, failures);
    } catch (RuntimeException e) {
      once = CompletableFuture.failedFuture(e);
    }
    once.whenComplete((value, error) -> {
      if (error == null) {
        result.complete(value);
        return;
      }
      RuntimeException failure = unwrap(error);
      Duration wait;
      try {
        wait = waitBeforeRetry(description, n, maxRetries, classifier, failure);
      } catch (RuntimeException notRetried) {
        result.completeExceptionally(notRetried);
        return;
      }
      List<RuntimeException> next = new ArrayList<>(failures);
      next.add(failure);
      List<RuntimeException> earlier = Collections.unmodifiableList(next);
      scheduler.schedule(wait, () -> runAsync(description, maxRetries, classifier, scheduler,
          attempt, n + 1, earlier, result));
    });
  }

  /**
   * The one retry decision of both paths: the wait before the next attempt after attempt
   * {@code n} failed with {@code failure}.
   *
   * @throws RuntimeException {@code failure} itself when it is not retried
   */
  Duration waitBeforeRetry(String description, int n, int maxRetries,
      RetryClassifier classifier, RuntimeException failure) {
    if (n > maxRetries || !classifier.isRetryable(failure)) {
      throw failure;
    }
    Duration wait = policy.delayBefore(n, classifier.retryAfter(failure), jitter.getAsDouble());
    LOG.debug("{} failed ({}); retry {} of {} in {} ms", description, failure.getMessage(), n,
        maxRetries, wait.toMillis());
    return wait;
  }

  /** The failure inside a future's completion wrapper, for code outside this package. */
  public static RuntimeException unwrapFailure(Throwable error) {
    return unwrap(error);
  }

  /** The failure inside a future's completion wrapper; an Error is rethrown, a checked one wrapped. */
  static RuntimeException unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    if (t instanceof RuntimeException r) {
      return r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    return new CompletionException(t);
  }
}
