package dev.labelsdk.core;

import java.util.concurrent.CompletableFuture;

/**
 * Paces the attempts of async calls that share it (a bulk submission): every attempt,
 * first or retry, waits for a {@link Permit}, and reports through it how it ended so that the
 * pace can adapt. Implementations are thread-safe. See {@link AdaptiveRateLimiter}.
 */
public interface Throttle {

  /** One attempt's permission to be sent. */
  @FunctionalInterface
  interface Permit {
    /** Reports how the attempt ended: {@code null} for an answer that was not an error. */
    void release(RuntimeException failure);
  }

  /** No pacing. */
  Throttle NONE = () -> CompletableFuture.completedFuture(failure -> {});

  /** Completes when one attempt may be sent; never blocks the caller. */
  CompletableFuture<Permit> acquire();
}
