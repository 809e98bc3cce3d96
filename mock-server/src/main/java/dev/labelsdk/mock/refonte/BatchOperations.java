package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The batch endpoints of spec §4.10. */
public final class BatchOperations {

  private final RefonteEngine engine;

  BatchOperations(RefonteEngine engine) {
    this.engine = engine;
  }

  /** {@code POST /v1/batches}: created {@code in_progress}, or {@code staging} for Rapid/Studio. */
  public byte[] create(Caller caller, JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String project = BodyFields.requiredString(fields, "project");
    String name = BodyFields.requiredString(fields, "name");
    String callback = BodyFields.optionalString(fields, "callback", false);
    boolean calibration = BodyFields.optionalBoolean(fields, "calibration_batch");
    boolean selfLabel = BodyFields.optionalBoolean(fields, "self_label_batch");
    String metadata = Limits.metadata(fields.get("metadata"), "metadata");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Project p = s.projects.get(project);
      if (p == null) {
        throw RefonteError.invalid("Project \"" + project + "\" not found.");
      }
      if (s.batches.containsKey(name)) {
        throw RefonteError.alreadyExists("Batch \"" + name + "\" already exists.");
      }
      Batch.Status status = p.rapid || p.studio ? Batch.Status.STAGING : Batch.Status.IN_PROGRESS;
      Batch b = new Batch(name, project, callback == null ? "" : callback, calibration, selfLabel,
          metadata, status, engine.clock.millis(), engine.nextSequence());
      s.batches.put(name, b);
      return render(b);
    });
  }

  /** {@code GET /v1/batches/{name}}. */
  public byte[] get(Caller caller, String name) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> render(s.batch(name)));
  }

  /** {@code GET /v1/batches/{name}/status}: the batch status and its tasks counted by status. */
  public byte[] status(Caller caller, String name) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> {
      Batch b = s.batch(name);
      Map<TaskStatus, Long> counts = s.tasks.countByStatus(name);
      return Json.write(g -> {
        g.writeStartObject();
        g.writeStringField("status", b.status.wire());
        for (TaskStatus st : TaskStatus.values()) {
          g.writeNumberField(st.wire(), counts.getOrDefault(st, 0L));
        }
        g.writeEndObject();
      });
    });
  }

  /** {@code POST /v1/batches/{name}/finalize}: staging → in_progress; otherwise a no-op. */
  public byte[] finalizeBatch(Caller caller, String name) {
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Batch b = s.batch(name);
      if (b.status == Batch.Status.STAGING) {
        b.status = Batch.Status.IN_PROGRESS;
        b.updatedAt = engine.clock.millis();
      }
      return render(b);
    });
  }

  /** {@code POST /v1/batches/{name}/setMetadata}: the body replaces the metadata. */
  public byte[] setMetadata(Caller caller, String name, JsonNode body) {
    String metadata = Limits.metadata(body, "metadata");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Batch b = s.batch(name);
      if (!metadata.equals(b.metadataJson)) {
        b.metadataJson = metadata;
        b.updatedAt = engine.clock.millis();
      }
      return render(b);
    });
  }

  /** The filters of {@code GET /v1/batches}; null means "any". Times are inclusive epoch millis. */
  public record Query(String project, String status, Long startTime, Long endTime) {}

  /** {@code GET /v1/batches}: newest first, offset paging. */
  public byte[] list(Caller caller, Query query, int limit, long offset) {
    if (limit < 1 || limit > 100) {
      throw RefonteError.invalid("\"limit\" must be between 1 and 100 (got " + limit + ").");
    }
    if (offset < 0) {
      throw RefonteError.invalid("\"offset\" must be >= 0.");
    }
    Batch.Status status = query.status() == null ? null : Batch.Status.fromWire(query.status());
    if (query.status() != null && status == null) {
      throw RefonteError.invalid(
          "\"status\" must be one of staging, in_progress, completed (got \"" + query.status() + "\").");
    }
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> {
      List<Batch> matching = new ArrayList<>();
      for (Batch b : s.batches.values()) {
        if ((query.project() == null || query.project().equals(b.project))
            && (status == null || b.status == status)
            && (query.startTime() == null || b.createdAt >= query.startTime())
            && (query.endTime() == null || b.createdAt <= query.endTime())) {
          matching.add(b);
        }
      }
      matching.sort(Comparator.comparingLong((Batch b) -> b.seq).reversed());
      int from = (int) Math.min(offset, matching.size());
      List<Batch> page = matching.subList(from, Math.min(matching.size(), from + limit));
      return Json.write(g -> {
        g.writeStartObject();
        g.writeArrayFieldStart("docs");
        for (Batch b : page) {
          b.write(g);
        }
        g.writeEndArray();
        g.writeNumberField("totalDocs", matching.size());
        g.writeNumberField("total", matching.size());
        g.writeNumberField("limit", limit);
        g.writeNumberField("offset", offset);
        g.writeBooleanField("has_more", from + page.size() < matching.size());
        g.writeEndObject();
      });
    });
  }

  static byte[] render(Batch b) {
    return Json.write(b::write);
  }
}
