package dev.labelsdk.core.bulk;

import java.util.concurrent.CompletableFuture;

/**
 * A running bulk submission. {@link #cancel()} stops it cleanly: no new item is sent, the
 * items in flight finish and get their outcome (and checkpoint line), then {@link #result()}
 * completes with {@code cancelled} set. Nothing is left half-sent and unrecorded.
 *
 * @param <R> what a created item returns
 */
public interface BulkJob<R> {

  /** Completes when every item has an outcome, or after a cancel once in-flight items end. */
  CompletableFuture<BulkResult<R>> result();

  /** Stops sending new items; idempotent. */
  void cancel();

  /** Waits for {@link #result()}. */
  default BulkResult<R> join() {
    return result().join();
  }
}
