package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.Multipart;
import dev.labelsdk.mock.http.QueryParams;
import dev.labelsdk.mock.http.QueryTimes;
import dev.labelsdk.mock.http.QueryValues;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.refonte.AccountOperations;
import dev.labelsdk.mock.refonte.BatchOperations;
import dev.labelsdk.mock.refonte.Caller;
import dev.labelsdk.mock.refonte.IdempotencyStore;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.RefonteError;
import dev.labelsdk.mock.refonte.ReviewStatus;
import dev.labelsdk.mock.refonte.TaskFilter;
import dev.labelsdk.mock.refonte.TaskOperations.TagChange;
import dev.labelsdk.mock.refonte.TaskStatus;
import dev.labelsdk.mock.refonte.TaskTypes;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Refonte v1 API over HTTP (spec §1, §2, §4, §5.2): turns an {@link ApiRequest} under
 * {@code /v1} into engine calls and the engine's answers (or errors) into responses. Also
 * applies injected faults and records the request journal. Server-independent.
 */
public final class RefonteHttpApi {

  private static final Set<Integer> SAVED_IDEMPOTENT_STATUSES = Set.of(200, 400, 402, 409);

  /**
   * Every route the router below serves, as {@code "METHOD /v1/template"}: what the OpenAPI
   * document ({@code openapi/refonte.json}) must describe. The router does not read it; a test
   * checks the two against each other and against the running server.
   */
  public static final List<String> ROUTES = List.of(
      "POST /v1/task/{type}",
      "GET /v1/task/{id}",
      "POST /v1/task/{id}/cancel",
      "POST /v1/task/{id}/setMetadata",
      "POST /v1/task/{id}/unique_id",
      "DELETE /v1/task/{id}/unique_id",
      "POST /v1/task/{id}/tags",
      "PUT /v1/task/{id}/tags",
      "DELETE /v1/task/{id}/tags",
      "POST /v1/task/{id}/audit",
      "GET /v1/tasks",
      "POST /v1/batches",
      "GET /v1/batches",
      "GET /v1/batches/{name}",
      "GET /v1/batches/{name}/status",
      "POST /v1/batches/{name}/finalize",
      "POST /v1/batches/{name}/setMetadata",
      "POST /v1/projects",
      "GET /v1/projects",
      "GET /v1/projects/{name}",
      "POST /v1/projects/{name}/setParams",
      "POST /v1/files/upload",
      "POST /v1/files/import",
      "GET /v1/teams",
      "POST /v1/teams/invite",
      "POST /v1/teams/set_role");

  private final RefonteEngine engine;
  private final FaultQueue faults;
  private final RequestJournal journal;

  public RefonteHttpApi(RefonteEngine engine, FaultQueue faults, RequestJournal journal) {
    this.engine = engine;
    this.faults = faults;
    this.journal = journal;
  }

  /** Whether a raw path belongs to this API: its first non-empty segment is {@code v1}. */
  public static boolean handles(String rawPath) {
    int start = 0;
    while (start < rawPath.length() && rawPath.charAt(start) == '/') {
      start++;
    }
    return rawPath.startsWith("v1", start)
        && (rawPath.length() == start + 2 || rawPath.charAt(start + 2) == '/');
  }

  public ApiResponse handle(ApiRequest request) {
    ApiResponse response;
    try {
      String path = request.normalisedPath();
      Fault fault = faults.take(request.method(), path);
      if (fault != null && fault.when() == Fault.When.BEFORE) {
        response = faultResponse(fault);
      } else {
        response = process(request);
        if (fault != null) {
          response = faultResponse(fault);
        }
      }
    } catch (MalformedRequestException e) {
      response = ErrorEnvelope.of(400, e.getMessage());
    }
    if (!response.isConnectionReset()) {
      response = response.withHeader("X-Request-Id", requestId());
    }
    journal.record(request, response.isConnectionReset() ? 0 : response.status(), engine.clock().millis());
    return response;
  }

  private ApiResponse process(ApiRequest request) {
    try {
      Caller caller = engine.authenticate(BasicAuth.apiKey(request.header("Authorization")));
      try {
        engine.beginRequest(caller);
        return route(caller, request);
      } finally {
        engine.release(caller);
      }
    } catch (RefonteError e) {
      return ErrorEnvelope.of(e);
    } catch (MalformedRequestException e) {
      return ErrorEnvelope.of(400, e.getMessage());
    }
  }

  private ApiResponse route(Caller c, ApiRequest r) {
    List<String> s = r.segments();
    String m = r.method();
    int n = s.size();
    String resource = n > 1 ? s.get(1) : "";
    switch (resource) {
      case "task" -> {
        if (n == 3 && m.equals("POST")) {
          return create(c, r, s.get(2));
        }
        if (n == 3 && m.equals("GET")) {
          return ok(engine.tasks().get(c, s.get(2)));
        }
        if (n == 4) {
          String id = s.get(2);
          switch (s.get(3) + " " + m) {
            case "cancel POST":
              return ok(engine.tasks().cancel(c, id, QueryValues.bool(r.query(), "clear_unique_id", false)));
            case "setMetadata POST":
              return ok(engine.tasks().setMetadata(c, id, RequestBody.json(r)));
            case "unique_id POST":
              return ok(engine.tasks().setUniqueId(c, id, RequestBody.json(r)));
            case "unique_id DELETE":
              return ok(engine.tasks().clearUniqueId(c, id));
            case "tags POST":
              return ok(engine.tasks().changeTags(c, id, TagChange.SET, RequestBody.json(r)));
            case "tags PUT":
              return ok(engine.tasks().changeTags(c, id, TagChange.ADD, RequestBody.json(r)));
            case "tags DELETE":
              return ok(engine.tasks().changeTags(c, id, TagChange.REMOVE, RequestBody.json(r)));
            case "audit POST":
              return ok(engine.tasks().audit(c, id, RequestBody.json(r)));
            default:
              break;
          }
        }
      }
      case "tasks" -> {
        if (n == 2 && m.equals("GET")) {
          return listTasks(c, r.query());
        }
      }
      case "batches" -> {
        if (n == 2 && m.equals("POST")) {
          return ok(engine.batches().create(c, RequestBody.json(r)));
        }
        if (n == 2 && m.equals("GET")) {
          return listBatches(c, r.query());
        }
        if (n == 3 && m.equals("GET")) {
          return ok(engine.batches().get(c, s.get(2)));
        }
        if (n == 4) {
          switch (s.get(3) + " " + m) {
            case "status GET":
              return ok(engine.batches().status(c, s.get(2)));
            case "finalize POST":
              return ok(engine.batches().finalizeBatch(c, s.get(2)));
            case "setMetadata POST":
              return ok(engine.batches().setMetadata(c, s.get(2), RequestBody.json(r)));
            default:
              break;
          }
        }
      }
      case "projects" -> {
        if (n == 2 && m.equals("POST")) {
          return ok(engine.projects().create(c, RequestBody.json(r)));
        }
        if (n == 2 && m.equals("GET")) {
          return ok(engine.projects().list(c, QueryValues.bool(r.query(), "archived", false)));
        }
        if (n == 3 && m.equals("GET")) {
          return ok(engine.projects().get(c, s.get(2)));
        }
        if (n == 4 && s.get(3).equals("setParams") && m.equals("POST")) {
          return ok(engine.projects().setParams(c, s.get(2), RequestBody.json(r)));
        }
      }
      case "files" -> {
        if (n == 3 && m.equals("POST") && s.get(2).equals("upload")) {
          return upload(c, r);
        }
        if (n == 3 && m.equals("POST") && s.get(2).equals("import")) {
          return ok(engine.account().importFile(c, RequestBody.json(r)));
        }
      }
      case "teams" -> {
        if (n == 2 && m.equals("GET")) {
          return ok(engine.account().team(c));
        }
        if (n == 3 && m.equals("POST") && s.get(2).equals("invite")) {
          return ok(engine.account().invite(c, RequestBody.json(r)));
        }
        if (n == 3 && m.equals("POST") && s.get(2).equals("set_role")) {
          return ok(engine.account().setRole(c, RequestBody.json(r)));
        }
      }
      default -> { }
    }
    return ErrorEnvelope.of(404, "No such endpoint: " + m + " " + r.normalisedPath() + ".");
  }

  /**
   * Task creation with the Idempotency-Key protocol of spec §5.2 around steps 3 onward. The
   * key is looked up before the type and the body are checked, so a replay never turns into
   * a different answer; 200, 400, 402 and 409 outcomes are saved, others release the key.
   */
  private ApiResponse create(Caller c, ApiRequest r, String type) {
    JsonNode body = null;
    RefonteError bodyError = null;
    try {
      body = RequestBody.createBody(r);
    } catch (RefonteError e) {
      bodyError = e;
    }
    JsonNode parsed = body;
    RefonteError deferred = bodyError;
    java.util.function.Supplier<ApiResponse> createTask = () -> {
      try {
        if (TaskTypes.canonical(type) == null) {
          throw RefonteError.badRequest("Unknown task type \"" + type + "\".");
        }
        if (deferred != null) {
          throw deferred;
        }
        return ok(engine.tasks().create(c, type, parsed));
      } catch (RefonteError e) {
        return ErrorEnvelope.of(e);
      }
    };
    String key = idempotencyKey(r);
    if (key == null) {
      return createTask.get();
    }
    String fingerprint =
        IdempotencyStore.fingerprint(r.method(), "/v1/task/" + type.toLowerCase(Locale.ROOT),
            r.query().asMap(), parsed, deferred == null ? null : r.body());
    IdempotencyStore store = engine.idempotency();
    IdempotencyStore.Lookup lookup = store.begin(key, c.tenantName(), fingerprint, engine.clock().millis());
    if (lookup instanceof IdempotencyStore.Conflict) {
      return ErrorEnvelope.of(409, "The provided idempotency key is already in use for a different request.");
    }
    if (lookup instanceof IdempotencyStore.InFlight) {
      return ErrorEnvelope.of(429, "A request with this idempotency key is still being processed; retry shortly.")
          .withHeader("Retry-After", "1");
    }
    if (lookup instanceof IdempotencyStore.Replay replay) {
      return ApiResponse.json(replay.status(), replay.body()).withHeader("Idempotent-Replayed", "true");
    }
    IdempotencyStore.Claimed claim = (IdempotencyStore.Claimed) lookup;
    ApiResponse response;
    try {
      response = createTask.get();
    } catch (RuntimeException e) {
      store.release(claim);
      throw e;
    }
    if (SAVED_IDEMPOTENT_STATUSES.contains(response.status())) {
      store.save(claim, response.status(), response.body(), engine.clock().millis());
    } else {
      store.release(claim);
    }
    return response;
  }

  /** The Idempotency-Key header: absent when empty, else 1 to 255 visible ASCII characters. */
  private static String idempotencyKey(ApiRequest r) {
    String key = r.header("Idempotency-Key");
    if (key == null || key.isEmpty()) {
      return null;
    }
    if (key.length() > 255 || !key.chars().allMatch(ch -> ch >= 0x21 && ch <= 0x7e)) {
      throw RefonteError.badRequest(
          "The Idempotency-Key header must be 1 to 255 visible ASCII characters.");
    }
    return key;
  }

  private ApiResponse listTasks(Caller c, QueryParams q) {
    String status = q.first("status");
    TaskStatus taskStatus = status == null ? null : TaskStatus.fromWire(status);
    if (status != null && taskStatus == null) {
      throw RefonteError.badRequest(
          "\"status\" must be one of pending, completed, canceled, error (got \"" + status + "\").");
    }
    String type = q.first("type");
    if (type != null && TaskTypes.canonical(type) == null) {
      throw RefonteError.badRequest("Unknown task type \"" + type + "\".");
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
    return ok(engine.tasks().list(c, filter, q.first("next_token"), offset, limit, limited));
  }

  private ApiResponse listBatches(Caller c, QueryParams q) {
    QueryValues.bool(q, "exclude_archived", false); // accepted, no effect: nothing is archived
    BatchOperations.Query query =
        new BatchOperations.Query(q.first("project"), q.first("status"), time(q, "start_time"),
            time(q, "end_time"));
    return ok(engine.batches().list(c, query, limit(q), QueryValues.digits(q, "offset", 0)));
  }

  private ApiResponse upload(Caller c, ApiRequest r) {
    RequestBody.checkSize(r);
    if (!"multipart/form-data".equals(r.mediaType())) {
      throw RefonteError.badRequest("/v1/files/upload takes a multipart/form-data body.");
    }
    List<Multipart.Part> parts;
    try {
      parts = Multipart.parse(r.header("Content-Type"), r.body());
    } catch (MalformedRequestException e) {
      throw RefonteError.badRequest(e.getMessage());
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
    return ok(engine.account().upload(c, file, project, reference, metadata));
  }

  private static int limit(QueryParams q) {
    long limit = QueryValues.digits(q, "limit", 100);
    if (limit < 1 || limit > 100) {
      throw RefonteError.badRequest("\"limit\" must be between 1 and 100 (got " + limit + ").");
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
          throw RefonteError.badRequest(
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

  /** A fault's answer: its status in the error envelope (with Retry-After), or a reset. */
  static ApiResponse faultResponse(Fault fault) {
    if (fault.connectionReset()) {
      return ApiResponse.connectionReset();
    }
    String message = fault.message() != null ? fault.message() : "Injected fault: HTTP " + fault.status() + ".";
    ApiResponse response = ErrorEnvelope.of(fault.status(), message);
    return fault.retryAfterSeconds() == null
        ? response
        : response.withHeader("Retry-After", Long.toString(fault.retryAfterSeconds()));
  }

  /** Unique enough to find a request in logs; not a secret, so no SecureRandom (it contends). */
  private static String requestId() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return "req_" + HEX.toHexDigits(r.nextLong()) + HEX.toHexDigits(r.nextInt());
  }

  private static final HexFormat HEX = HexFormat.of();

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
