package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.List;

/** The project endpoints of spec §4.11: typed requests in, {@link ProjectView}s out. */
public final class ProjectOperations {

  /** {@code POST /v1/projects}; {@code params} null is {}. */
  public record CreateProject(String type, String name, ObjectNode params, boolean rapid,
      boolean studio) {}

  private final RefonteEngine engine;

  ProjectOperations(RefonteEngine engine) {
    this.engine = engine;
  }

  /** {@code POST /v1/projects}: {@code param_history} starts with version 0. */
  public ProjectView create(Caller caller, CreateProject request) {
    String type = TaskTypes.canonical(Limits.required(request.type(), "type"));
    if (type == null) {
      throw RefonteError.invalid("Unknown task type \"" + request.type() + "\".");
    }
    String name = Limits.required(request.name(), "name");
    ObjectNode initial = request.params() == null ? Json.MAPPER.createObjectNode() : request.params();
    Limits.storable(initial, "params");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      if (s.projects.containsKey(name)) {
        throw RefonteError.alreadyExists("Project \"" + name + "\" already exists.");
      }
      long now = engine.clock.millis();
      Project p = new Project(name, type, now, request.rapid(), request.studio());
      p.appendParams(withoutVersionKeys(initial), now);
      s.projects.put(name, p);
      return ProjectView.of(p);
    });
  }

  /** {@code GET /v1/projects}: in creation order; nothing is ever archived. */
  public List<ProjectView> list(Caller caller, boolean archived) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () ->
        archived ? List.of() : s.projects.values().stream().map(ProjectView::of).toList());
  }

  /** {@code GET /v1/projects/{name}}. */
  public ProjectView get(Caller caller, String name) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> ProjectView.of(s.project(name)));
  }

  /**
   * {@code POST /v1/projects/{name}/setParams}: appends a history entry, merged over the last
   * one when {@code patch} is true. Tasks created later get the new version.
   */
  public ProjectView setParams(Caller caller, String name, ObjectNode params, boolean patch) {
    if (params == null) {
      throw RefonteError.invalidParameter("the body must be a JSON object");
    }
    Limits.storable(params, "params");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Project p = s.project(name);
      ObjectNode entry = patch ? withoutVersionKeys(p.latestParams()) : Json.MAPPER.createObjectNode();
      entry.setAll(withoutVersionKeys(params));
      p.appendParams(entry, engine.clock.millis());
      return ProjectView.of(p);
    });
  }

  /** {@code version} and {@code created_at} belong to the history entry, not to the params. */
  private static ObjectNode withoutVersionKeys(ObjectNode params) {
    ObjectNode copy = params.deepCopy();
    copy.remove(List.of("version", "created_at"));
    return copy;
  }
}
