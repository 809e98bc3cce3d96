package dev.labelsdk.refonte;

import dev.labelsdk.core.CallExecutor;

/**
 * The async view of a {@link RefonteClient} ({@code client.async()}): the same connections,
 * options and retry policy, with methods returning {@link java.util.concurrent.CompletableFuture}.
 * Closed with its client.
 *
 * <pre>{@code
 * CompletableFuture<Task> task = client.async().tasks().get("5f0c...");
 * }</pre>
 */
public final class RefonteAsyncClient {

  private final RefonteClient sync;
  private final TaskResourceAsync tasks;

  RefonteAsyncClient(RefonteClient sync, RefonteService service, CallExecutor executor) {
    this.sync = sync;
    this.tasks = new TaskResourceAsyncImpl(service, executor);
  }

  /** Task operations. */
  public TaskResourceAsync tasks() {
    return tasks;
  }

  /** The blocking client this view belongs to. */
  public RefonteClient sync() {
    return sync;
  }
}
