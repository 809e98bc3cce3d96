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
  private final BatchResourceAsync batches;
  private final ProjectResourceAsync projects;
  private final FileResourceAsync files;
  private final TeamResourceAsync teams;

  RefonteAsyncClient(RefonteClient sync, RefonteService service, CallExecutor executor) {
    this.sync = sync;
    this.tasks = new TaskResourceAsyncImpl(service, executor);
    this.batches = new BatchResourceAsyncImpl(service, executor);
    this.projects = new ProjectResourceAsyncImpl(service, executor);
    this.files = new FileResourceAsyncImpl(service, executor);
    this.teams = new TeamResourceAsyncImpl(service, executor);
  }

  /** Task operations. */
  public TaskResourceAsync tasks() {
    return tasks;
  }

  /** Batch operations. */
  public BatchResourceAsync batches() {
    return batches;
  }

  /** Project operations. */
  public ProjectResourceAsync projects() {
    return projects;
  }

  /** File uploads and imports (never retried). */
  public FileResourceAsync files() {
    return files;
  }

  /** The account's team. */
  public TeamResourceAsync teams() {
    return teams;
  }

  /** The blocking client this view belongs to. */
  public RefonteClient sync() {
    return sync;
  }
}
