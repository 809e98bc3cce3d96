package dev.labelsdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How long to wait before each retry: exponential backoff with jitter, or the server's
 * {@code Retry-After} (capped) when it sent one. Immutable.
 *
 * <p>Retry {@code n} (1-based) waits {@code min(maxDelay, baseDelay * 2^(n-1))} scaled by a
 * jitter factor between 0.5 and 1 ("equal jitter": never less than half the backoff, so
 * a burst of clients spreads out without retrying at once).
 */
public final class RetryPolicy {

  /** Backoff of the first retry before jitter: 0.5 s. */
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(500);
  /** Largest computed backoff: 8 s. */
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofSeconds(8);
  /** Largest wait taken from a {@code Retry-After} header: 60 s. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private static final RetryPolicy DEFAULTS =
      new RetryPolicy(DEFAULT_BASE_DELAY, DEFAULT_MAX_DELAY, DEFAULT_MAX_RETRY_AFTER);

  private final Duration baseDelay;
  private final Duration maxDelay;
  private final Duration maxRetryAfter;

  /**
   * A policy with these delays.
   *
   * @throws IllegalArgumentException if a delay is negative or {@code baseDelay > maxDelay}
   */
  public RetryPolicy(Duration baseDelay, Duration maxDelay, Duration maxRetryAfter) {
    this.baseDelay = nonNegative(baseDelay, "baseDelay");
    this.maxDelay = nonNegative(maxDelay, "maxDelay");
    this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
    if (baseDelay.compareTo(maxDelay) > 0) {
      throw new IllegalArgumentException("baseDelay must not exceed maxDelay");
    }
  }

  /** 0.5 s base, 8 s cap, {@code Retry-After} capped at 60 s. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /** The {@code base_delay} value. */
  public Duration baseDelay() {
    return baseDelay;
  }

  /** The {@code max_delay} value. */
  public Duration maxDelay() {
    return maxDelay;
  }

  /** The {@code max_retry_after} value. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The wait before retry number {@code retry} (1 for the first retry).
   *
   * @param retry 1-based retry number
   * @param retryAfter what the server asked for, if anything; used instead of the backoff
   * @param jitter a value in {@code [0, 1)}
   */
  public Duration delayBefore(int retry, Optional<Duration> retryAfter, double jitter) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1");
    }
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get().isNegative() ? Duration.ZERO : retryAfter.get();
      return asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked;
    }
    if (jitter < 0 || jitter >= 1 || Double.isNaN(jitter)) {
      throw new IllegalArgumentException("jitter must be in [0, 1) but was " + jitter);
    }
    // Shift with a bound so large retry counts cannot overflow.
    long exponent = Math.min(retry - 1, 30);
    long backoffNanos = Math.min(maxDelay.toNanos(),
        saturatedMultiply(baseDelay.toNanos(), 1L << exponent));
    return Duration.ofNanos((long) (backoffNanos * (0.5 + jitter / 2)));
  }

  private static long saturatedMultiply(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    return (high == 0 && low >= 0) ? low : Long.MAX_VALUE;
  }

  private static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return d;
  }

  @Override
  public String toString() {
    return "RetryPolicy{baseDelay=" + baseDelay + ", maxDelay=" + maxDelay
        + ", maxRetryAfter=" + maxRetryAfter + '}';
  }
}
