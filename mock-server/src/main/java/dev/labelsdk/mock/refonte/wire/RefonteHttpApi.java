package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.http.ApiPipeline;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.Multipart;
import dev.labelsdk.mock.http.QueryParams;
import dev.labelsdk.mock.http.QueryTimes;
import dev.labelsdk.mock.http.QueryValues;
import dev.labelsdk.mock.http.RequestIds;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.http.RouteTable;
import dev.labelsdk.mock.refonte.AccountOperations;
import dev.labelsdk.mock.refonte.BatchOperations;
import dev.labelsdk.mock.refonte.Caller;
import dev.labelsdk.mock.refonte.IdempotencyStore;
import dev.labelsdk.mock.refonte.IdempotentCreate;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.RefonteError;
import dev.labelsdk.mock.refonte.ReviewStatus;
import dev.labelsdk.mock.refonte.TaskFilter;
import dev.labelsdk.mock.refonte.TaskOperations.TagChange;
import dev.labelsdk.mock.refonte.TaskStatus;
import dev.labelsdk.mock.refonte.TaskTypes;
import dev.labelsdk.mock.refonte.TaskView;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Refonte v1 API over HTTP (spec §1, §2, §4, §5.2): turns an {@link ApiRequest} under
 * {@code /v1} into engine calls, found in its {@link RouteTable}, and the engine's answers (or
 * errors) into responses. Faults, request ids and the journal are the shared
 * {@link ApiPipeline}'s. Server-independent.
 */
public final class RefonteHttpApi {

  /** A route's handler: the API (for its engine) and the call. */
  @FunctionalInterface
  private interface Handler {
    ApiResponse handle(RefonteHttpApi api, Call call);
  }

  /** One routed call: who calls, the request and the path parameters of its route. */
  private record Call(Caller caller, ApiRequest request, RouteTable.Match<Handler> match) {
    String param(String name) {
      return match.param(name);
    }

    JsonNode json() {
      return RequestBody.json(request);
    }

    QueryParams query() {
      return request.query();
    }
  }

  /** The router: every route of spec §1 to §5 this API serves. */
  private static final RouteTable<Handler> ROUTER = new RouteTable<Handler>()
      .add("POST", "/v1/task/{type}", RefonteHttpApi::create)
      .add("GET", "/v1/task/{id}", (api, c) -> task(api.engine.tasks().get(c.caller(), c.param("id"))))
      .add("POST", "/v1/task/{id}/cancel", (api, c) -> task(api.engine.tasks().cancel(c.caller(), c.param("id"),
          QueryValues.bool(c.query(), "clear_unique_id", false))))
      .add("POST", "/v1/task/{id}/setMetadata", (api, c) -> task(api.engine.tasks().setMetadata(c.caller(),
          c.param("id"), RequestDecoder.metadata(c.json()))))
      .add("POST", "/v1/task/{id}/unique_id", (api, c) -> {
        RequestDecoder.UniqueId u = RequestDecoder.uniqueId(c.json());
        return task(api.engine.tasks().setUniqueId(c.caller(), c.param("id"), u.uniqueId(), u.clearOnError()));
      })
      .add("DELETE", "/v1/task/{id}/unique_id",
          (api, c) -> task(api.engine.tasks().clearUniqueId(c.caller(), c.param("id"))))
      .add("POST", "/v1/task/{id}/tags", (api, c) -> api.tags(c, TagChange.SET))
      .add("PUT", "/v1/task/{id}/tags", (api, c) -> api.tags(c, TagChange.ADD))
      .add("DELETE", "/v1/task/{id}/tags", (api, c) -> api.tags(c, TagChange.REMOVE))
      .add("POST", "/v1/task/{id}/audit", (api, c) -> {
        RequestDecoder.Audit a = RequestDecoder.audit(c.json());
        return task(api.engine.tasks().audit(c.caller(), c.param("id"), a.accepted(), a.comments()));
      })
      .add("GET", "/v1/tasks", (api, c) -> api.listTasks(c.caller(), c.query()))
      .add("POST", "/v1/batches", (api, c) -> ok(ResultJson.batch(
          api.engine.batches().create(c.caller(), RequestDecoder.createBatch(c.json())))))
      .add("GET", "/v1/batches", (api, c) -> api.listBatches(c.caller(), c.query()))
      .add("GET", "/v1/batches/{name}",
          (api, c) -> ok(ResultJson.batch(api.engine.batches().get(c.caller(), c.param("name")))))
      .add("GET", "/v1/batches/{name}/status",
          (api, c) -> ok(ResultJson.progress(api.engine.batches().status(c.caller(), c.param("name")))))
      .add("POST", "/v1/batches/{name}/finalize",
          (api, c) -> ok(ResultJson.batch(api.engine.batches().finalizeBatch(c.caller(), c.param("name")))))
      .add("POST", "/v1/batches/{name}/setMetadata", (api, c) -> ok(ResultJson.batch(
          api.engine.batches().setMetadata(c.caller(), c.param("name"), RequestDecoder.metadata(c.json())))))
      .add("POST", "/v1/projects", (api, c) -> ok(ResultJson.project(
          api.engine.projects().create(c.caller(), RequestDecoder.createProject(c.json())))))
      .add("GET", "/v1/projects", (api, c) -> ok(ResultJson.projects(api.engine.projects().list(c.caller(),
          QueryValues.bool(c.query(), "archived", false)))))
      .add("GET", "/v1/projects/{name}",
          (api, c) -> ok(ResultJson.project(api.engine.projects().get(c.caller(), c.param("name")))))
      .add("POST", "/v1/projects/{name}/setParams", (api, c) -> {
        RequestDecoder.Params p = RequestDecoder.params(c.json());
        return ok(ResultJson.project(
            api.engine.projects().setParams(c.caller(), c.param("name"), p.params(), p.patch())));
      })
      .add("POST", "/v1/files/upload", (api, c) -> api.upload(c.caller(), c.request()))
      .add("POST", "/v1/files/import", (api, c) -> ok(ResultJson.file(
          api.engine.account().importFile(c.caller(), RequestDecoder.importFile(c.json())))))
      .add("GET", "/v1/teams", (api, c) -> ok(ResultJson.team(api.engine.account().team(c.caller()))))
      .add("POST", "/v1/teams/invite", (api, c) -> {
        RequestDecoder.TeamChange t = RequestDecoder.teamChange(c.json());
        return ok(ResultJson.team(api.engine.account().invite(c.caller(), t.emails(), t.role())));
      })
      .add("POST", "/v1/teams/set_role", (api, c) -> {
        RequestDecoder.TeamChange t = RequestDecoder.teamChange(c.json());
        return ok(ResultJson.team(api.engine.account().setRole(c.caller(), t.emails(), t.role())));
      });

  /**
   * Every route the router serves, as {@code "METHOD /v1/template"}: what the OpenAPI document
   * ({@code openapi/refonte.json}) must describe. Read from the router itself.
   */
  public static final List<String> ROUTES = ROUTER.routes();

  private final RefonteEngine engine;
  private final ApiPipeline pipeline;

  public RefonteHttpApi(RefonteEngine engine, FaultQueue faults, RequestJournal journal) {
    this.engine = engine;
    this.pipeline = new ApiPipeline(new Wire(), faults, journal, () -> engine.clock().millis());
  }

  /** Answers a {@code /v1} request: faults, processing, {@code X-Request-Id} and the journal. */
  public ApiResponse handle(ApiRequest request) {
    return pipeline.handle(request);
  }

  /** What Refonte puts into the shared {@link ApiPipeline}. */
  private final class Wire implements ApiPipeline.Wire {
    @Override
    public String requestId() {
      return RequestIds.random("req_", 24);
    }

    @Override
    public ApiResponse process(ApiRequest request, String requestId) {
      return RefonteHttpApi.this.process(request);
    }

    @Override
    public ApiResponse faultAnswer(Fault fault, ApiRequest request, String requestId) {
      return RefonteHttpApi.faultAnswer(fault);
    }

    @Override
    public ApiResponse malformed(ApiRequest request, MalformedRequestException e, String requestId) {
      return ErrorEnvelope.of(400, e.getMessage());
    }

    @Override
    public ApiResponse stamp(ApiResponse response, String requestId) {
      return response.withHeader("X-Request-Id", requestId);
    }
  }

  private ApiResponse process(ApiRequest request) {
    try {
      Caller caller = engine.authenticate(BasicAuth.apiKey(request.header("Authorization")));
      try {
        engine.beginRequest(caller);
        RouteTable.Match<Handler> match = ROUTER.match(request.method(), request.segments());
        if (!match.found()) {
          return ErrorEnvelope.of(404,
              "No such endpoint: " + request.method() + " " + request.normalisedPath() + ".");
        }
        return match.handler().handle(this, new Call(caller, request, match));
      } finally {
        engine.release(caller);
      }
    } catch (RefonteError e) {
      return ErrorEnvelope.of(e);
    } catch (MalformedRequestException e) {
      return ErrorEnvelope.of(400, e.getMessage());
    }
  }

  private ApiResponse tags(Call c, TagChange change) {
    return task(engine.tasks().changeTags(c.caller(), c.param("id"), change,
        RequestDecoder.tagChange(c.json(), change == TagChange.REMOVE)));
  }

  /**
   * Task creation (spec §4.2) with the Idempotency-Key protocol of spec §5.2, which is the
   * engine's: this reads the key and the body, and tells the engine how an answer looks. The
   * body is decoded only once the key is claimed, so a refused body is replayed as refused.
   */
  private ApiResponse create(Call c) {
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
        : IdempotencyStore.fingerprint(r.method(), "/v1/task/" + type.toLowerCase(Locale.ROOT),
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

  private ApiResponse listTasks(Caller c, QueryParams q) {
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
        .startTime(time(q, "start_time"))
        .endTime(time(q, "end_time"))
        .completedAfter(time(q, "completed_after"))
        .completedBefore(time(q, "completed_before"))
        .updatedAfter(time(q, "updated_after"))
        .updatedBefore(time(q, "updated_before"))
        .status(taskStatus)
        .type(type == null ? null : TaskTypes.canonical(type))
        .project(q.first("project"))
        .batch(q.first("batch"))
        .reviewStatuses(reviewStatuses(q))
        .tags(q.all("tags"))
        .uniqueIds(q.all("unique_id"))
        .build();
    QueryValues.bool(q, "include_attachment_url", false); // accepted, no effect (validated)
    boolean limited = QueryValues.bool(q, "limited_response", false);
    int limit = limit(q);
    long offset = QueryValues.digits(q, "offset", 0);
    return ok(ResultJson.taskPage(engine.tasks().list(c, filter, q.first("next_token"), offset, limit), limited));
  }

  private ApiResponse listBatches(Caller c, QueryParams q) {
    QueryValues.bool(q, "exclude_archived", false); // accepted, no effect: nothing is archived
    BatchOperations.Query query =
        new BatchOperations.Query(q.first("project"), q.first("status"), time(q, "start_time"),
            time(q, "end_time"));
    return ok(ResultJson.batchPage(engine.batches().list(c, query, limit(q), QueryValues.digits(q, "offset", 0))));
  }

  private ApiResponse upload(Caller c, ApiRequest r) {
    RequestBody.checkSize(r);
    if (!"multipart/form-data".equals(r.mediaType())) {
      throw RefonteError.invalid("/v1/files/upload takes a multipart/form-data body.");
    }
    List<Multipart.Part> parts;
    try {
      parts = Multipart.parse(r.header("Content-Type"), r.body());
    } catch (MalformedRequestException e) {
      throw RefonteError.invalid(e.getMessage());
    }
    AccountOperations.Upload file = null;
    String project = null;
    String reference = null;
    String metadata = null;
    for (Multipart.Part p : parts) {
      switch (p.name()) {
        case "file" -> file = new AccountOperations.Upload(p.filename(), p.contentType(), p.data().length);
        case "project_name" -> project = p.text();
        case "reference_id" -> reference = p.text();
        case "metadata" -> metadata = p.text();
        default -> { }
      }
    }
    return ok(ResultJson.file(engine.account().upload(c, file, project, reference, metadata)));
  }

  private static int limit(QueryParams q) {
    long limit = QueryValues.digits(q, "limit", 100);
    if (limit < 1 || limit > 100) {
      throw RefonteError.invalid("\"limit\" must be between 1 and 100 (got " + limit + ").");
    }
    return (int) limit;
  }

  private static Long time(QueryParams q, String name) {
    String v = q.first(name);
    return v == null ? null : QueryTimes.parse(name, v);
  }

  private static Set<ReviewStatus> reviewStatuses(QueryParams q) {
    Set<ReviewStatus> out = EnumSet.noneOf(ReviewStatus.class);
    for (String list : q.all("customer_review_status")) {
      for (String v : list.split(",")) {
        String value = v.trim();
        if (value.isEmpty()) {
          continue;
        }
        ReviewStatus s = ReviewStatus.fromWire(value);
        if (s == null) {
          throw RefonteError.invalid(
              "\"customer_review_status\" values must be pending, accepted, fixed, commented or "
                  + "rejected (got \"" + value + "\").");
        }
        out.add(s);
      }
    }
    return out;
  }

  private static ApiResponse ok(byte[] body) {
    return ApiResponse.json(200, body);
  }

  private static ApiResponse task(TaskView t) {
    return ok(ResultJson.task(t));
  }

  /** A fault's answer: its status in the error envelope (with Retry-After); none without a status. */
  static ApiResponse faultAnswer(Fault fault) {
    if (fault.status() == null) {
      return null; // only a delay
    }
    String message = fault.message() != null ? fault.message() : "Injected fault: HTTP " + fault.status() + ".";
    ApiResponse response = ErrorEnvelope.of(fault.status(), message);
    return fault.retryAfterSeconds() == null
        ? response
        : response.withHeader("Retry-After", Long.toString(fault.retryAfterSeconds()));
  }

  /** HTTP Basic with the key as user name (spec §1.4); anything else yields no key. */
  static final class BasicAuth {
    private BasicAuth() {}

    static String apiKey(String authorization) {
      if (authorization == null) {
        return null;
      }
      String header = authorization.trim();
      int space = header.indexOf(' ');
      if (space < 0 || !header.substring(0, space).equalsIgnoreCase("Basic")) {
        return null;
      }
      byte[] decoded;
      try {
        decoded = Base64.getDecoder().decode(header.substring(space + 1).trim());
      } catch (IllegalArgumentException e) {
        return null;
      }
      String userPass = new String(decoded, StandardCharsets.UTF_8);
      int colon = userPass.indexOf(':');
      String user = colon < 0 ? userPass : userPass.substring(0, colon);
      return user.isEmpty() ? null : user;
    }
  }
}
