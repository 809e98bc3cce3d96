package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.Project;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link ProjectResource} that calls the API. */
final class ProjectResourceImpl extends RefonteResource<ProjectResource>
    implements ProjectResource {

  private static final Logger LOG = LoggerFactory.getLogger(ProjectResource.class);
  /** The decoder of the project list, sync or async. */
  static final Decoder<List<Project>> LIST = Decoder.tree(ProjectResourceImpl::projects);
  /** Decodes every answer that is one project, sync or async. */
  static final Decoder<Project> PROJECT = JsonSupport.decoder(Project.class);

  ProjectResourceImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, ProjectResourceImpl::new);
  }

  @Override
  public Project create(CreateProjectRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return create(options, createOf(service, request), this::get);
  }

  /**
   * The create of both paths; the project found after a 409 is the one an earlier attempt
   * created when its type matches.
   */
  static NamedCreate<Project> createOf(RefonteService service, CreateProjectRequest request) {
    ObjectNode body = request.toJson();
    return new NamedCreate<>("project", request.name(),
        headers -> service.createProject(body, headers), Project.class,
        existing -> existing.type().equals(request.type()), LOG);
  }

  @Override
  public Project get(String name, RequestOptions options) {
    return retryable(options, at(name, "project name", service::getProject), PROJECT);
  }

  @Override
  public List<Project> list(RequestOptions options) {
    return retryable(options, headers -> service.listProjects(null, headers), LIST);
  }

  @Override
  public Project setParams(String name, JsonObject params, boolean patch,
      RequestOptions options) {
    return retryable(options, setParamsCalls(service, name, params, patch), PROJECT);
  }

  /** The calls of a parameter change, sync or async. */
  static CallExecutor.CallFactory setParamsCalls(RefonteService service, String name,
      JsonObject params, boolean patch) {
    String project = PathSegments.require(name, "project name");
    ObjectNode body = params.toNode();
    if (patch) {
      body.put("patch", true);
    }
    return headers -> service.setProjectParams(project, body, headers);
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
