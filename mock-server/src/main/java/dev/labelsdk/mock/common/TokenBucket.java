package dev.labelsdk.mock.common;

/**
 * One token bucket on the mock clock, the rate limiter of both APIs: it holds up to
 * {@code capacity} tokens and gains {@code perSecond} tokens a second. A new bucket is full at
 * its first use. The limits are passed on every call, so a changed limit applies at once.
 * Thread-safe.
 */
public final class TokenBucket {

  private double tokens = Double.NaN; // NaN until first use: a new bucket starts full
  private long refilledAt;

  /**
   * Takes a token at {@code nowMillis}. Returns 0 on success, otherwise the whole number of
   * seconds (at least 1) until a token will be available. A rate of 0 (or less) lets everything
   * through.
   */
  public synchronized long tryTake(double perSecond, double capacity, long nowMillis) {
    if (perSecond <= 0) {
      return 0;
    }
    tokens = level(perSecond, capacity, nowMillis);
    refilledAt = nowMillis;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - tokens) / perSecond));
  }

  /** Whether the bucket would be full at {@code nowMillis}: forgetting it then changes nothing. */
  public synchronized boolean isFull(double perSecond, double capacity, long nowMillis) {
    return level(perSecond, capacity, nowMillis) >= capacity;
  }

  private double level(double perSecond, double capacity, long nowMillis) {
    if (Double.isNaN(tokens)) {
      return capacity;
    }
    double refill = (nowMillis - refilledAt) / 1000.0 * perSecond;
    return Math.min(capacity, tokens + Math.max(0, refill));
  }
}
