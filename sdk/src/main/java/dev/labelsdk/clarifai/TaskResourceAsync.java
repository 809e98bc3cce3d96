package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.AdditionalField;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import java.util.concurrent.CompletableFuture;

/**
 * Clarifai tasks, asynchronously: {@code client.async().tasks()}. The twins of
 * {@link TaskResource#get} and {@link TaskResource#list}, with the same retries (the shared
 * {@link dev.labelsdk.core.CallExecutor#executeAsync}), sent with OkHttp's {@code enqueue} and
 * waiting between retries on the client's scheduler.
 */
public interface TaskResourceAsync {

  /** See {@link TaskResource#get(String, AdditionalField...)}. */
  CompletableFuture<Task> get(String taskId, AdditionalField... additionalFields);

  /** See {@link TaskResource#list(TaskQuery)}. */
  CompletableFuture<Page<Task>> list(TaskQuery query);
}
