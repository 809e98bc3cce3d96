package dev.labelsdk.mock.refonte;

/** One tenant's task-creation budget; see {@link RateLimit}. Thread-safe. */
final class TokenBucket {

  private double tokens = Double.NaN; // NaN until first use: a new bucket starts full
  private long refilledAt;

  /**
   * Takes a token at {@code nowMillis}. Returns 0 on success, otherwise the whole number of
   * seconds (at least 1) until a token will be available.
   */
  synchronized long tryTake(RateLimit limit, long nowMillis) {
    if (limit.disabled()) {
      return 0;
    }
    if (Double.isNaN(tokens)) {
      tokens = limit.burst();
    } else {
      double refill = (nowMillis - refilledAt) / 1000.0 * limit.perSecond();
      tokens = Math.min(limit.burst(), tokens + Math.max(0, refill));
    }
    refilledAt = nowMillis;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - tokens) / limit.perSecond()));
  }
}
