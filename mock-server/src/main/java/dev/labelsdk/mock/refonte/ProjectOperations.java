package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.List;

/** The project endpoints of spec §4.11. */
public final class ProjectOperations {

  private final RefonteEngine engine;

  ProjectOperations(RefonteEngine engine) {
    this.engine = engine;
  }

  /** {@code POST /v1/projects}: {@code param_history} starts with version 0. */
  public byte[] create(Caller caller, JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String type = BodyFields.requiredString(fields, "type");
    if (TaskTypes.canonical(type) == null) {
      throw RefonteError.invalid("Unknown task type \"" + type + "\".");
    }
    String name = BodyFields.requiredString(fields, "name");
    JsonNode params = fields.get("params");
    if (params != null && !params.isNull() && !params.isObject()) {
      throw RefonteError.invalidParameter("\"params\" must be an object or null");
    }
    boolean rapid = BodyFields.optionalBoolean(fields, "rapid");
    boolean studio = BodyFields.optionalBoolean(fields, "studio");
    ObjectNode initial =
        params == null || params.isNull() ? Json.MAPPER.createObjectNode() : (ObjectNode) params;
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      if (s.projects.containsKey(name)) {
        throw RefonteError.alreadyExists("Project \"" + name + "\" already exists.");
      }
      long now = engine.clock.millis();
      Project p = new Project(name, TaskTypes.canonical(type), now, rapid, studio);
      p.appendParams(withoutVersionKeys(initial), now);
      s.projects.put(name, p);
      return render(p);
    });
  }

  /** {@code GET /v1/projects}: a bare array in creation order; nothing is ever archived. */
  public byte[] list(Caller caller, boolean archived) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> {
      List<Project> projects = archived ? List.of() : new ArrayList<>(s.projects.values());
      return Json.write(g -> {
        g.writeStartArray();
        for (Project p : projects) {
          p.write(g);
        }
        g.writeEndArray();
      });
    });
  }

  /** {@code GET /v1/projects/{name}}. */
  public byte[] get(Caller caller, String name) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> render(s.project(name)));
  }

  /**
   * {@code POST /v1/projects/{name}/setParams}: appends a history entry, merged over the last
   * one when {@code patch} is true. Tasks created later get the new version.
   */
  public byte[] setParams(Caller caller, String name, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.invalidParameter("the body must be a JSON object");
    }
    ObjectNode params = ((ObjectNode) body).deepCopy();
    JsonNode patch = params.remove("patch");
    if (patch != null && !patch.isNull() && !patch.isBoolean()) {
      throw RefonteError.invalidParameter("\"patch\" must be a boolean");
    }
    boolean merge = patch != null && patch.asBoolean(false);
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Project p = s.project(name);
      ObjectNode entry = merge ? withoutVersionKeys(p.latestParams()) : Json.MAPPER.createObjectNode();
      entry.setAll(withoutVersionKeys(params));
      p.appendParams(entry, engine.clock.millis());
      return render(p);
    });
  }

  /** {@code version} and {@code created_at} belong to the history entry, not to the params. */
  private static ObjectNode withoutVersionKeys(ObjectNode params) {
    ObjectNode copy = params.deepCopy();
    copy.remove(List.of("version", "created_at"));
    return copy;
  }

  static byte[] render(Project p) {
    return Json.write(p::write);
  }
}
