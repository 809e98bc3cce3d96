package dev.labelsdk.core;

import java.util.concurrent.CompletableFuture;

/**
 * Paces the attempts of async calls that share it (a bulk submission): every attempt,
 * first or retry, waits for a permit, and reports how it ended so the pace can adapt.
 * Implementations are thread-safe. See {@link AdaptiveRateLimiter}.
 */
public interface Throttle {

  /** No pacing. */
  Throttle NONE = new Throttle() {
    @Override
    public CompletableFuture<Void> acquire() {
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onOutcome(RuntimeException failure) {}
  };

  /** Completes when one attempt may be sent; never blocks the caller. */
  CompletableFuture<Void> acquire();

  /** Reports how an attempt ended: {@code null} for an answer that was not an error. */
  void onOutcome(RuntimeException failure);
}
