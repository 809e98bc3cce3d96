package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The batch endpoints of spec §4.10: typed requests in, {@link BatchView}s out. */
public final class BatchOperations {

  /** {@code POST /v1/batches}; {@code callback} and {@code metadata} may be null. */
  public record CreateBatch(String project, String name, String callback, boolean calibrationBatch,
      boolean selfLabelBatch, ObjectNode metadata) {}

  /** The filters of {@code GET /v1/batches}; null means "any". Times are inclusive epoch millis. */
  public record Query(String project, String status, Long startTime, Long endTime) {}

  /** A batch's status and its tasks counted by status ({@code GET /v1/batches/{name}/status}). */
  public record Progress(String status, Map<TaskStatus, Long> counts) {
    public Progress {
      counts = Map.copyOf(counts);
    }
  }

  /** One page of {@code GET /v1/batches}: newest first, with the filtered total. */
  public record Page(List<BatchView> docs, long total, int limit, long offset, boolean hasMore) {
    public Page {
      docs = List.copyOf(docs);
    }
  }

  private final RefonteEngine engine;

  BatchOperations(RefonteEngine engine) {
    this.engine = engine;
  }

  /** {@code POST /v1/batches}: created {@code in_progress}, or {@code staging} for Rapid/Studio. */
  public BatchView create(Caller caller, CreateBatch request) {
    String project = Limits.required(request.project(), "project");
    String name = Limits.required(request.name(), "name");
    Limits.storable(request.callback(), "callback");
    String metadata = Limits.metadataJson(request.metadata(), "metadata");
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
      Batch b = new Batch(name, project, request.callback() == null ? "" : request.callback(),
          request.calibrationBatch(), request.selfLabelBatch(), metadata, status,
          engine.clock.millis(), engine.nextSequence());
      s.batches.put(name, b);
      return BatchView.of(b);
    });
  }

  /** {@code GET /v1/batches/{name}}. */
  public BatchView get(Caller caller, String name) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> BatchView.of(s.batch(name)));
  }

  /** {@code GET /v1/batches/{name}/status}: the batch status and its tasks counted by status. */
  public Progress status(Caller caller, String name) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> new Progress(s.batch(name).status.wire(), s.tasks.countByStatus(name)));
  }

  /** {@code POST /v1/batches/{name}/finalize}: staging → in_progress; otherwise a no-op. */
  public BatchView finalizeBatch(Caller caller, String name) {
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Batch b = s.batch(name);
      if (b.status == Batch.Status.STAGING) {
        b.status = Batch.Status.IN_PROGRESS;
        b.updatedAt = engine.clock.millis();
      }
      return BatchView.of(b);
    });
  }

  /** {@code POST /v1/batches/{name}/setMetadata}: {@code metadata} replaces it; null is {}. */
  public BatchView setMetadata(Caller caller, String name, ObjectNode metadata) {
    String json = Limits.metadataJson(metadata, "metadata");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Batch b = s.batch(name);
      if (!json.equals(b.metadataJson)) {
        b.metadataJson = json;
        b.updatedAt = engine.clock.millis();
      }
      return BatchView.of(b);
    });
  }

  /** {@code GET /v1/batches}: newest first, offset paging. */
  public Page list(Caller caller, Query query, int limit, long offset) {
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
      return new Page(page.stream().map(BatchView::of).toList(), matching.size(), limit, offset,
          from + page.size() < matching.size());
    });
  }
}
