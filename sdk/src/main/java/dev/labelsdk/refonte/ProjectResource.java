package dev.labelsdk.refonte;

import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.Project;
import java.util.List;
import java.util.Map;

/**
 * Projects: {@code client.projects()}. Names may hold any character ({@code /} included);
 * they are percent-encoded in URLs. Every call is retried on connection failures, 408, 429
 * and 5xx.
 */
public interface ProjectResource extends NamedResource<Project, CreateProjectRequest> {

  /** Every project of the account; see {@link #list(RequestOptions)}. */
  default List<Project> list() {
    return list(RequestOptions.none());
  }

  /** Every project of the account ({@code GET /v1/projects}, not paginated). */
  List<Project> list(RequestOptions options);

  /** Sets new parameters; see {@link #setParams(String, JsonObject, boolean, RequestOptions)}. */
  default Project setParams(String name, Map<String, ?> params) {
    return setParams(name, JsonObject.of(params), false, RequestOptions.none());
  }

  /**
   * Adds a parameter version to a project ({@code POST /v1/projects/{name}/setParams}); tasks
   * created afterwards get the new {@code project_param_version}.
   *
   * @param patch true to merge {@code params} over the current version instead of replacing it
   */
  Project setParams(String name, JsonObject params, boolean patch,
      RequestOptions options);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  ProjectResource withOptions(RequestOptions options);
}
