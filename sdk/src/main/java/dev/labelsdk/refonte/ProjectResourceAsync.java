package dev.labelsdk.refonte;

import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.Project;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Projects, asynchronously: {@code client.async().projects()}. Each method is the twin of the
 * {@link ProjectResource} method of the same name, with the same retries and recovery; waits
 * between retries run on the client's {@link dev.labelsdk.core.Scheduler}. A future fails with
 * the exception the sync method would throw.
 */
public interface ProjectResourceAsync extends NamedResourceAsync<Project, CreateProjectRequest> {

  /** See {@link ProjectResource#list(RequestOptions)} (not paginated: no {@code listAll}). */
  default CompletableFuture<List<Project>> list() {
    return list(RequestOptions.none());
  }

  /** See {@link ProjectResource#list(RequestOptions)}. */
  CompletableFuture<List<Project>> list(RequestOptions options);

  /** See {@link ProjectResource#setParams(String, JsonObject, boolean, RequestOptions)}. */
  default CompletableFuture<Project> setParams(String name, Map<String, ?> params) {
    return setParams(name, JsonObject.of(params), false, RequestOptions.none());
  }

  /** See {@link ProjectResource#setParams(String, JsonObject, boolean, RequestOptions)}. */
  CompletableFuture<Project> setParams(String name, JsonObject params, boolean patch,
      RequestOptions options);

  /** See {@link ProjectResource#withOptions(RequestOptions)}. */
  ProjectResourceAsync withOptions(RequestOptions options);
}
