package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.Timestamps;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.BatchOperations;
import dev.labelsdk.mock.refonte.BatchView;
import dev.labelsdk.mock.refonte.ControlOperations;
import dev.labelsdk.mock.refonte.FileView;
import dev.labelsdk.mock.refonte.ProjectView;
import dev.labelsdk.mock.refonte.TaskJson;
import dev.labelsdk.mock.refonte.TaskPage;
import dev.labelsdk.mock.refonte.TaskStatus;
import dev.labelsdk.mock.refonte.TaskView;
import dev.labelsdk.mock.refonte.TeamMember;
import java.io.IOException;
import java.util.List;

/**
 * The engine's results as the API's JSON (spec §3, §4): tasks (through {@link TaskJson}),
 * pages, batches, projects, files, the team, and the control plane's task and state dump.
 */
final class ResultJson {

  private ResultJson() {}

  /** A 200 with a JSON body. */
  static ApiResponse ok(byte[] body) {
    return ApiResponse.json(200, body);
  }

  static byte[] task(TaskView t) {
    return Json.write(g -> TaskJson.write(g, t));
  }

  /** A page of {@code GET /v1/tasks}; {@code limited} is {@code limited_response=true}. */
  static byte[] taskPage(TaskPage page, boolean limited) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("docs");
      for (TaskView t : page.docs()) {
        if (limited) {
          TaskJson.writeLimited(g, t);
        } else {
          TaskJson.write(g, t);
        }
      }
      g.writeEndArray();
      paging(g, page.total(), page.limit(), page.offset(), page.hasMore());
      g.writeStringField("next_token", page.nextToken());
      g.writeEndObject();
    });
  }

  static byte[] batch(BatchView b) {
    return Json.write(g -> write(g, b));
  }

  static byte[] batchPage(BatchOperations.Page page) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("docs");
      for (BatchView b : page.docs()) {
        write(g, b);
      }
      g.writeEndArray();
      g.writeNumberField("totalDocs", page.total());
      paging(g, page.total(), page.limit(), page.offset(), page.hasMore());
      g.writeEndObject();
    });
  }

  /** {@code GET /v1/batches/{name}/status}: the status, then a count for every task status. */
  static byte[] progress(BatchOperations.Progress p) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeStringField("status", p.status());
      for (TaskStatus st : TaskStatus.values()) {
        g.writeNumberField(st.wire(), p.counts().getOrDefault(st, 0L));
      }
      g.writeEndObject();
    });
  }

  static byte[] project(ProjectView p) {
    return Json.write(g -> write(g, p));
  }

  /** {@code GET /v1/projects}: a bare array. */
  static byte[] projects(List<ProjectView> projects) {
    return Json.write(g -> {
      g.writeStartArray();
      for (ProjectView p : projects) {
        write(g, p);
      }
      g.writeEndArray();
    });
  }

  static byte[] file(FileView f) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeStringField("id", f.id());
      g.writeStringField("attachment_url", f.attachmentUrl());
      g.writeStringField("mimetype", f.mimetype());
      g.writeNumberField("size", f.size());
      g.writeArrayFieldStart("project_names");
      for (String name : f.projectNames()) {
        g.writeString(name);
      }
      g.writeEndArray();
      if (f.referenceId() != null) {
        g.writeStringField("reference_id", f.referenceId());
      }
      if (f.metadata() != null) {
        g.writeFieldName("metadata");
        g.writeTree(f.metadata());
      }
      g.writeStringField("created_at", Timestamps.format(f.createdAt()));
      g.writeEndObject();
    });
  }

  static byte[] team(List<TeamMember> members) {
    return Json.write(g -> {
      g.writeStartArray();
      for (TeamMember m : members) {
        g.writeStartObject();
        g.writeStringField("email", m.email());
        g.writeStringField("role", m.role());
        g.writeStringField("company", "Refonte mock");
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  /** A task with a {@code tenant} label added (control plane). */
  static byte[] ownedTask(ControlOperations.OwnedTask owned) {
    return Json.write(g -> {
      g.writeStartObject();
      TaskJson.writeFields(g, owned.task());
      g.writeStringField("tenant", owned.tenant());
      g.writeEndObject();
    });
  }

  /** The engine's part of {@code GET /__admin/refonte/state}. */
  static ObjectNode state(ControlOperations.State state) {
    ObjectNode out = Json.MAPPER.createObjectNode();
    ArrayNode tenants = out.putArray("tenants");
    for (ControlOperations.TenantContents t : state.tenants()) {
      ObjectNode tenant = tenants.addObject();
      tenant.put("tenant", t.tenant());
      tenant.put("email", t.email());
      ArrayNode tasks = tenant.putArray("tasks");
      t.tasks().forEach(task -> tasks.add(Json.tree(task(task))));
      ArrayNode batches = tenant.putArray("batches");
      t.batches().forEach(b -> batches.add(Json.tree(batch(b))));
      ArrayNode projects = tenant.putArray("projects");
      t.projects().forEach(p -> projects.add(Json.tree(project(p))));
      tenant.put("files", t.files());
    }
    ArrayNode keys = out.putArray("idempotency_records");
    for (ControlOperations.KeyRecord k : state.idempotencyRecords()) {
      ObjectNode key = keys.addObject().put("key", k.key()).put("tenant", k.tenant())
          .put("state", k.done() ? "done" : "in_flight");
      if (k.done()) {
        key.put("status", k.status()).put("saved_at", Timestamps.format(k.savedAt()));
      }
    }
    out.put("scheduled_callbacks", state.scheduledCallbacks());
    out.put("now", Timestamps.format(state.now()));
    return out;
  }

  /** The paging fields of both list answers. */
  private static void paging(JsonGenerator g, long total, int limit, long offset, boolean hasMore)
      throws IOException {
    g.writeNumberField("total", total);
    g.writeNumberField("limit", limit);
    g.writeNumberField("offset", offset);
    g.writeBooleanField("has_more", hasMore);
  }

  private static void write(JsonGenerator g, BatchView b) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", b.name());
    g.writeStringField("project", b.project());
    g.writeStringField("status", b.status());
    g.writeStringField("callback", b.callback());
    g.writeFieldName("metadata");
    g.writeRawValue(b.metadataJson());
    g.writeBooleanField("calibration_batch", b.calibrationBatch());
    g.writeBooleanField("self_label_batch", b.selfLabelBatch());
    g.writeStringField("created_at", Timestamps.format(b.createdAt()));
    g.writeStringField("updated_at", Timestamps.format(b.updatedAt()));
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, ProjectView p) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", p.name());
    g.writeStringField("type", p.type());
    g.writeStringField("created_at", Timestamps.format(p.createdAt()));
    g.writeBooleanField("archived", false);
    g.writeArrayFieldStart("param_history");
    for (ObjectNode entry : p.paramHistory()) {
      g.writeTree(entry);
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
