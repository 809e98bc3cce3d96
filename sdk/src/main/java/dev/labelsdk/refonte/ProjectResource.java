package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Projects: {@code client.projects()}. Names may hold any character ({@code /} included);
 * they are percent-encoded in URLs. Every call is retried on connection failures, 408, 429
 * and 5xx.
 */
public final class ProjectResource {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectResource.class);

  private final RefonteService service;
  private final ApiExecutor executor;

  ProjectResource(RefonteService service, ApiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Creates a project; see {@link #create(CreateProjectRequest, RequestOptions)}. */
  public Project create(CreateProjectRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a project ({@code POST /v1/projects}). If a retry after a 5xx or connection
   * failure gets a 409 "already exists", the earlier attempt created it: the project is
   * fetched and returned (when its type matches).
   *
   * @throws ConflictException if a project of that name already exists
   */
  public Project create(CreateProjectRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.createProject(request.toJson(), ApiExecutor.headers(merged)),
        merged, true, Project::fromJson, (failure, earlier) -> {
          if (!(failure instanceof ConflictException)
              || earlier.stream().noneMatch(ApiRecovery::mayHaveCommitted)) {
            return Optional.empty();
          }
          Project existing = get(request.name(), ApiRecovery.withoutIdempotencyKey(options));
          if (!existing.type().equals(request.type())) {
            return Optional.empty();
          }
          LOG.info("Project create got 409 after a failed attempt; returning project {}",
              request.name());
          return Optional.of(existing);
        });
  }

  /** Fetches a project; see {@link #get(String, RequestOptions)}. */
  public Project get(String name) {
    return get(name, RequestOptions.none());
  }

  /**
   * Fetches a project ({@code GET /v1/projects/{name}}).
   *
   * @throws NotFoundException if there is no such project
   */
  public Project get(String name, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.getProject(PathSegments.require(name, "project name"),
        ApiExecutor.headers(merged)), merged, Project::fromJson);
  }

  /** Every project of the account; see {@link #list(RequestOptions)}. */
  public List<Project> list() {
    return list(RequestOptions.none());
  }

  /** Every project of the account ({@code GET /v1/projects}, not paginated). */
  public List<Project> list(RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.listProjects(null, ApiExecutor.headers(merged)), merged,
        ProjectResource::projects);
  }

  /** Sets new parameters; see {@link #setParams(String, JsonObject, boolean, RequestOptions)}. */
  public Project setParams(String name, Map<String, ?> params) {
    return setParams(name, JsonObject.of(params), false, RequestOptions.none());
  }

  /**
   * Adds a parameter version to a project ({@code POST /v1/projects/{name}/setParams}); tasks
   * created afterwards get the new {@code project_param_version}.
   *
   * @param patch true to merge {@code params} over the current version instead of replacing it
   */
  public Project setParams(String name, JsonObject params, boolean patch,
      RequestOptions options) {
    ObjectNode body = params.toNode();
    if (patch) {
      body.put("patch", true);
    }
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setProjectParams(PathSegments.require(name, "project name"),
        body, ApiExecutor.headers(merged)), merged, Project::fromJson);
  }

  private static List<Project> projects(JsonNode json) {
    if (!json.isArray()) {
      throw new IllegalArgumentException("project list must be a JSON array but was "
          + json.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    List<Project> out = new ArrayList<>(json.size());
    json.forEach(p -> out.add(Project.fromJson(p)));
    return Collections.unmodifiableList(out);
  }
}
