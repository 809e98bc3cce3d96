package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import java.util.concurrent.CompletableFuture;

/**
 * The async view of a {@link ClarifaiClient} ({@code client.async()}): the same connections,
 * options and retry policy, returning {@link CompletableFuture}s. Closed with its client.
 * Today it has task get and list.
 */
public final class ClarifaiAsyncClient {

  private final ClarifaiClient sync;
  private final TaskResourceAsync tasks;

  ClarifaiAsyncClient(ClarifaiClient sync, TaskResourceImpl tasks) {
    this.sync = sync;
    this.tasks = new TaskResourceAsync() {
      @Override
      public CompletableFuture<Task> get(String taskId, AdditionalField... additionalFields) {
        return tasks.getAsync(taskId, additionalFields);
      }

      @Override
      public CompletableFuture<Page<Task>> list(TaskQuery query) {
        return tasks.listAsync(query);
      }
    };
  }

  /** Task operations. */
  public TaskResourceAsync tasks() {
    return tasks;
  }

  /** The blocking client this view belongs to. */
  public ClarifaiClient sync() {
    return sync;
  }
}
