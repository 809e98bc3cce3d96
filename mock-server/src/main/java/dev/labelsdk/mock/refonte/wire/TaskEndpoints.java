package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.QueryParams;
import dev.labelsdk.mock.http.QueryValues;
import dev.labelsdk.mock.refonte.IdempotentCreate;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.RefonteError;
import dev.labelsdk.mock.refonte.TaskFilter;
import dev.labelsdk.mock.refonte.TaskOperations.TagChange;
import dev.labelsdk.mock.refonte.TaskStatus;
import dev.labelsdk.mock.refonte.TaskTypes;
import dev.labelsdk.mock.refonte.TaskView;
import java.util.Locale;

/** The task routes of spec §4.2 to §4.9 over the engine: decode, call, render. */
final class TaskEndpoints {

  private final RefonteEngine engine;

  TaskEndpoints(RefonteEngine engine) {
    this.engine = engine;
  }

  /**
   * Task creation (spec §4.2) with the Idempotency-Key protocol of spec §5.2, which is the
   * engine's: this reads the key and the body, and tells the engine how an answer looks. The
   * body is decoded only once the key is claimed, so a refused body is replayed as refused.
   */
  ApiResponse create(Call c) {
    ApiRequest r = c.request();
    String type = c.param("type");
    JsonNode body = null;
    RefonteError unreadable = null;
    try {
      body = RequestBody.createBody(r);
    } catch (RefonteError e) {
      unreadable = e;
    }
    String key = idempotencyKey(r);
    String fingerprint = key == null ? null
        : RequestFingerprint.of(r.method(), "/v1/task/" + type.toLowerCase(Locale.ROOT),
            r.query().asMap(), body, unreadable == null ? null : r.body());
    JsonNode parsed = body;
    RefonteError deferred = unreadable;
    return engine.tasks().create(c.caller(), key, fingerprint, () -> {
      if (deferred != null && TaskTypes.canonical(type) != null) {
        throw deferred; // an unknown type is named first
      }
      return RequestDecoder.createTask(type, parsed);
    }, ANSWERS);
  }

  /** A create's answers: the task or the refusal as JSON, and a replay marked as one. */
  private static final IdempotentCreate.Answers<ApiResponse> ANSWERS = new IdempotentCreate.Answers<>() {
    @Override
    public ApiResponse created(TaskView t) {
      return task(t);
    }

    @Override
    public ApiResponse refused(RefonteError error) {
      return ErrorEnvelope.of(error);
    }

    @Override
    public IdempotentCreate.Recorded record(ApiResponse answer) {
      return new IdempotentCreate.Recorded(answer.status(), answer.body());
    }

    @Override
    public ApiResponse replay(IdempotentCreate.Recorded recorded) {
      return ApiResponse.json(recorded.status(), recorded.body()).withHeader("Idempotent-Replayed", "true");
    }
  };

  /** The Idempotency-Key header: absent when empty, else 1 to 255 visible ASCII characters. */
  private static String idempotencyKey(ApiRequest r) {
    String key = r.header("Idempotency-Key");
    if (key == null || key.isEmpty()) {
      return null;
    }
    if (key.length() > 255 || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
      throw RefonteError.invalid(
          "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
    }
    return key;
  }

  ApiResponse get(Call c) {
    return task(engine.tasks().get(c.caller(), c.param("id")));
  }

  ApiResponse cancel(Call c) {
    return task(engine.tasks().cancel(c.caller(), c.param("id"),
        QueryValues.bool(c.query(), "clear_unique_id", false)));
  }

  ApiResponse setMetadata(Call c) {
    return task(engine.tasks().setMetadata(c.caller(), c.param("id"), RequestDecoder.metadata(c.json())));
  }

  ApiResponse setUniqueId(Call c) {
    RequestDecoder.UniqueId u = RequestDecoder.uniqueId(c.json());
    return task(engine.tasks().setUniqueId(c.caller(), c.param("id"), u.uniqueId(), u.clearOnError()));
  }

  ApiResponse clearUniqueId(Call c) {
    return task(engine.tasks().clearUniqueId(c.caller(), c.param("id")));
  }

  ApiResponse tags(Call c, TagChange change) {
    return task(engine.tasks().changeTags(c.caller(), c.param("id"), change,
        RequestDecoder.tagChange(c.json(), change == TagChange.REMOVE)));
  }

  ApiResponse audit(Call c) {
    RequestDecoder.Audit a = RequestDecoder.audit(c.json());
    return task(engine.tasks().audit(c.caller(), c.param("id"), a.accepted(), a.comments()));
  }

  /** {@code GET /v1/tasks} (spec §4.4): every filter is checked before anything is read. */
  ApiResponse list(Call call) {
    QueryParams q = call.query();
    String status = q.first("status");
    TaskStatus taskStatus = status == null ? null : TaskStatus.fromWire(status);
    if (status != null && taskStatus == null) {
      throw RefonteError.invalid(
          "\"status\" must be one of pending, completed, canceled, error (got \"" + status + "\").");
    }
    String type = q.first("type");
    if (type != null && TaskTypes.canonical(type) == null) {
      throw RefonteError.invalid("Unknown task type \"" + type + "\".");
    }
    TaskFilter filter = TaskFilter.builder()
        .startTime(Queries.time(q, "start_time"))
        .endTime(Queries.time(q, "end_time"))
        .completedAfter(Queries.time(q, "completed_after"))
        .completedBefore(Queries.time(q, "completed_before"))
        .updatedAfter(Queries.time(q, "updated_after"))
        .updatedBefore(Queries.time(q, "updated_before"))
        .status(taskStatus)
        .type(type == null ? null : TaskTypes.canonical(type))
        .project(q.first("project"))
        .batch(q.first("batch"))
        .reviewStatuses(Queries.reviewStatuses(q))
        .tags(q.all("tags"))
        .uniqueIds(q.all("unique_id"))
        .build();
    QueryValues.bool(q, "include_attachment_url", false); // accepted, no effect (validated)
    boolean limited = QueryValues.bool(q, "limited_response", false);
    int limit = Queries.limit(q);
    long offset = QueryValues.digits(q, "offset", 0);
    return ResultJson.ok(ResultJson.taskPage(engine.tasks().list(call.caller(), filter, q.first("next_token"), offset, limit), limited));
  }

  private static ApiResponse task(TaskView t) {
    return ResultJson.ok(ResultJson.task(t));
  }
}
