package dev.labelsdk.mock.clarifai;

import java.util.HashMap;
import java.util.Map;

/**
 * The request limit of spec §9: a token bucket per Authorization value whose capacity and
 * refill rate are both the configured requests per second, on the mock clock. Thread-safe.
 */
public final class RateLimiter {

  /**
   * Buckets kept before idle (full again) ones are dropped, so many keys cannot grow it
   * (mock choice).
   */
  static final int PRUNE_ABOVE = 10_000;

  private static final class Bucket {
    double tokens;
    long refilledAt;
  }

  private final Map<String, Bucket> buckets = new HashMap<>();

  /**
   * Takes a token for {@code key} at {@code nowMillis} with {@code perSecond} tokens a second.
   * Returns 0 when the request may go on, else the whole seconds (at least 1) until a token is
   * free. A limit of 0 lets everything through.
   */
  public synchronized long tryTake(String key, int perSecond, long nowMillis) {
    if (perSecond <= 0) {
      return 0;
    }
    Bucket b = buckets.get(key);
    if (b == null) {
      prune(perSecond, nowMillis);
      b = new Bucket();
      b.tokens = perSecond; // a new key starts with a full bucket
      buckets.put(key, b);
    } else {
      b.tokens = Math.min(perSecond, b.tokens + (nowMillis - b.refilledAt) / 1000.0 * perSecond);
    }
    b.refilledAt = nowMillis;
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - b.tokens) / perSecond));
  }

  /** Forgets every bucket. */
  public synchronized void clear() {
    buckets.clear();
  }

  /** Drops buckets that have refilled completely: forgetting them changes nothing. */
  private void prune(int perSecond, long nowMillis) {
    if (buckets.size() < PRUNE_ABOVE) {
      return;
    }
    buckets.values().removeIf(b ->
        b.tokens + (nowMillis - b.refilledAt) / 1000.0 * perSecond >= perSecond);
  }
}
