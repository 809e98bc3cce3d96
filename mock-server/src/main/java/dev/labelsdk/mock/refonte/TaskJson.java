package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.labelsdk.mock.common.Timestamps;
import java.io.IOException;

/**
 * Writes a task the way the API shows it (spec §3): keys that are "absent until set" are left
 * out rather than written as null, {@code instruction}/{@code callback_url} are written as null
 * when none was given, and JSON-valued fields are written verbatim. Used by the wire layer for
 * answers and by the engine itself for callback payloads, which embed the task (so it lives
 * here rather than in {@code refonte/wire}, which the engine must not depend on).
 */
public final class TaskJson {

  private TaskJson() {}

  public static void write(JsonGenerator g, TaskView t) throws IOException {
    g.writeStartObject();
    writeFields(g, t);
    g.writeEndObject();
  }

  /** The {@code limited_response=true} form of a list doc. */
  public static void writeLimited(JsonGenerator g, TaskView t) throws IOException {
    g.writeStartObject();
    g.writeStringField("task_id", t.id());
    g.writeStringField("status", t.status().wire());
    g.writeFieldName("metadata");
    g.writeRawValue(t.metadataJson());
    if (t.project() != null) {
      g.writeStringField("project", t.project());
    }
    g.writeEndObject();
  }

  public static void writeFields(JsonGenerator g, TaskView t) throws IOException {
    g.writeStringField("task_id", t.id());
    g.writeStringField("created_at", Timestamps.format(t.createdAt()));
    g.writeStringField("updated_at", Timestamps.format(t.updatedAt()));
    if (t.completedAt() != null) {
      g.writeStringField("completed_at", Timestamps.format(t.completedAt()));
    }
    g.writeStringField("type", t.type());
    g.writeStringField("status", t.status().wire());
    g.writeStringField("instruction", t.instruction());
    g.writeFieldName("params");
    g.writeRawValue(t.paramsJson());
    g.writeStringField("callback_url", t.callbackUrl());
    if (t.callbackCompleted() != null) {
      g.writeBooleanField("callback_completed", t.callbackCompleted());
    }
    if (t.responseJson() != null) {
      g.writeFieldName("response");
      g.writeRawValue(t.responseJson());
    }
    g.writeFieldName("metadata");
    g.writeRawValue(t.metadataJson());
    g.writeArrayFieldStart("audits");
    for (Audit a : t.audits()) {
      writeAudit(g, a);
    }
    g.writeEndArray();
    if (t.tags() != null) {
      g.writeArrayFieldStart("tags");
      for (String tag : t.tags()) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    if (t.uniqueId() != null) {
      g.writeStringField("unique_id", t.uniqueId());
    }
    if (t.clearUniqueIdOnError()) {
      g.writeBooleanField("clear_unique_id_on_error", true);
    }
    if (t.reviewStatus() != null) {
      g.writeStringField("customer_review_status", t.reviewStatus().wire());
    }
    if (t.timesRedone() > 0) {
      g.writeNumberField("times_redone", t.timesRedone());
    }
    if (t.project() != null) {
      g.writeStringField("project", t.project());
    }
    if (t.batch() != null) {
      g.writeStringField("batch", t.batch());
    }
    if (t.projectParamVersion() == null) {
      g.writeNullField("project_param_version");
    } else {
      g.writeNumberField("project_param_version", t.projectParamVersion());
    }
  }

  private static void writeAudit(JsonGenerator g, Audit a) throws IOException {
    g.writeStartObject();
    g.writeStringField("audited_by", a.auditedBy());
    g.writeStringField("audited_at", Timestamps.format(a.auditedAt()));
    g.writeNumberField("audit_time_secs", a.auditTimeSecs());
    g.writeStringField("audit_result", a.result());
    g.writeStringField("audit_source", a.source());
    if (a.comments() != null) {
      g.writeStringField("comments", a.comments());
    }
    g.writeEndObject();
  }
}
