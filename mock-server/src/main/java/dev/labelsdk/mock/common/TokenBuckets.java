package dev.labelsdk.mock.common;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link TokenBucket}s by key (an API key, an Authorization value), created full on first use.
 * Above {@link #PRUNE_ABOVE} buckets, the full ones are dropped before a new one is made, so
 * many keys cannot grow it (forgetting a full bucket changes nothing). Thread-safe.
 */
public final class TokenBuckets {

  /** Buckets kept before full (idle) ones are dropped (mock choice). */
  public static final int PRUNE_ABOVE = 10_000;

  private final Map<String, TokenBucket> buckets = new HashMap<>();

  /** {@link TokenBucket#tryTake} on the bucket of {@code key}. */
  public long tryTake(String key, double perSecond, double capacity, long nowMillis) {
    if (perSecond <= 0) {
      return 0;
    }
    TokenBucket bucket;
    synchronized (buckets) {
      bucket = buckets.get(key);
      if (bucket == null) {
        if (buckets.size() >= PRUNE_ABOVE) {
          buckets.values().removeIf(b -> b.isFull(perSecond, capacity, nowMillis));
        }
        bucket = new TokenBucket();
        buckets.put(key, bucket);
      }
    }
    return bucket.tryTake(perSecond, capacity, nowMillis);
  }

  /** How many buckets are kept. */
  public int size() {
    synchronized (buckets) {
      return buckets.size();
    }
  }

  /** Forgets every bucket. */
  public void clear() {
    synchronized (buckets) {
      buckets.clear();
    }
  }
}
