package dev.labelsdk.mock.refonte.wire;

import dev.labelsdk.mock.http.ApiPipeline;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.RequestIds;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.http.RouteTable;
import dev.labelsdk.mock.refonte.Caller;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.RefonteError;
import dev.labelsdk.mock.refonte.TaskOperations.TagChange;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The Refonte v1 API over HTTP (spec §1, §2, §4, §5.2): turns an {@link ApiRequest} under
 * {@code /v1} into engine calls, found in its {@link RouteTable}, and the engine's answers (or
 * errors) into responses. Faults, request ids and the journal are the shared
 * {@link ApiPipeline}'s. Server-independent.
 */
public final class RefonteHttpApi {

  /** A route's handler: the API (for its endpoints) and the call. */
  @FunctionalInterface
  private interface Handler {
    ApiResponse handle(RefonteHttpApi api, Call call);
  }

  /** The router: every route of spec §1 to §5 this API serves. */
  private static final RouteTable<Handler> ROUTER = new RouteTable<Handler>()
      .add("POST", "/v1/task/{type}", (api, c) -> api.tasks.create(c))
      .add("GET", "/v1/task/{id}", (api, c) -> api.tasks.get(c))
      .add("POST", "/v1/task/{id}/cancel", (api, c) -> api.tasks.cancel(c))
      .add("POST", "/v1/task/{id}/setMetadata", (api, c) -> api.tasks.setMetadata(c))
      .add("POST", "/v1/task/{id}/unique_id", (api, c) -> api.tasks.setUniqueId(c))
      .add("DELETE", "/v1/task/{id}/unique_id", (api, c) -> api.tasks.clearUniqueId(c))
      .add("POST", "/v1/task/{id}/tags", (api, c) -> api.tasks.tags(c, TagChange.SET))
      .add("PUT", "/v1/task/{id}/tags", (api, c) -> api.tasks.tags(c, TagChange.ADD))
      .add("DELETE", "/v1/task/{id}/tags", (api, c) -> api.tasks.tags(c, TagChange.REMOVE))
      .add("POST", "/v1/task/{id}/audit", (api, c) -> api.tasks.audit(c))
      .add("GET", "/v1/tasks", (api, c) -> api.tasks.list(c))
      .add("POST", "/v1/batches", (api, c) -> api.resources.createBatch(c))
      .add("GET", "/v1/batches", (api, c) -> api.resources.listBatches(c))
      .add("GET", "/v1/batches/{name}", (api, c) -> api.resources.getBatch(c))
      .add("GET", "/v1/batches/{name}/status", (api, c) -> api.resources.batchStatus(c))
      .add("POST", "/v1/batches/{name}/finalize", (api, c) -> api.resources.finalizeBatch(c))
      .add("POST", "/v1/batches/{name}/setMetadata", (api, c) -> api.resources.setBatchMetadata(c))
      .add("POST", "/v1/projects", (api, c) -> api.resources.createProject(c))
      .add("GET", "/v1/projects", (api, c) -> api.resources.listProjects(c))
      .add("GET", "/v1/projects/{name}", (api, c) -> api.resources.getProject(c))
      .add("POST", "/v1/projects/{name}/setParams", (api, c) -> api.resources.setParams(c))
      .add("POST", "/v1/files/upload", (api, c) -> api.resources.upload(c))
      .add("POST", "/v1/files/import", (api, c) -> api.resources.importFile(c))
      .add("GET", "/v1/teams", (api, c) -> api.resources.team(c))
      .add("POST", "/v1/teams/invite", (api, c) -> api.resources.invite(c))
      .add("POST", "/v1/teams/set_role", (api, c) -> api.resources.setRole(c));

  /**
   * Every route the router serves, as {@code "METHOD /v1/template"}: what the OpenAPI document
   * ({@code openapi/refonte.json}) must describe. Read from the router itself.
   */
  public static final List<String> ROUTES = ROUTER.routes();

  private final RefonteEngine engine;
  private final TaskEndpoints tasks;
  private final ResourceEndpoints resources;
  private final ApiPipeline pipeline;

  public RefonteHttpApi(RefonteEngine engine, FaultQueue faults, RequestJournal journal) {
    this.engine = engine;
    this.tasks = new TaskEndpoints(engine);
    this.resources = new ResourceEndpoints(engine);
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
        return match.handler().handle(this, new Call(caller, request, match.params()));
      } finally {
        engine.release(caller);
      }
    } catch (RefonteError e) {
      return ErrorEnvelope.of(e);
    } catch (MalformedRequestException e) {
      return ErrorEnvelope.of(400, e.getMessage());
    }
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
