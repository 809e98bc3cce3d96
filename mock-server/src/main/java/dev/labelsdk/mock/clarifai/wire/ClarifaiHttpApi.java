package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.AppNaming;
import dev.labelsdk.mock.clarifai.Caller;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.KeyIdentity;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.JsonBounds;
import dev.labelsdk.mock.http.ApiPipeline;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.RequestIds;
import dev.labelsdk.mock.http.RequestJournal;
import java.util.ArrayList;
import java.util.List;

/**
 * The Clarifai v2 API over HTTP, in the processing order of spec §1.3: queued faults (the
 * shared {@link ApiPipeline}'s, which also keeps the journal), route lookup, the Authorization
 * header, the rate limit, key lookup, body and query decoding, app scoping, then validation
 * and execution in the engine. Every answer is a full envelope with
 * a {@code req_id} and the route's list fields; the HTTP status mirrors the status code
 * (§5.3). Server-independent.
 */
public final class ClarifaiHttpApi {

  /** Request bodies kept in the journal are cut to this many characters (mock choice). */
  public static final int JOURNAL_BODY_CHARS = 64 * 1024;

  private final ClarifaiEngine engine;
  private final ApiPipeline pipeline;
  private final TaskEndpoints tasks;
  private final DataEndpoints data;

  public ClarifaiHttpApi(ClarifaiEngine engine, FaultQueue faults, RequestJournal journal) {
    this.engine = engine;
    this.pipeline = new ApiPipeline(new Wire(), faults, journal, () -> engine.clock().millis());
    this.tasks = new TaskEndpoints(engine);
    this.data = new DataEndpoints(engine);
  }

  /** Whether a raw path belongs to this API: its first non-empty segment is {@code v2}. */
  public static boolean handles(String rawPath) {
    int start = 0;
    while (start < rawPath.length() && rawPath.charAt(start) == '/') {
      start++;
    }
    return rawPath.startsWith("v2", start)
        && (rawPath.length() == start + 2 || rawPath.charAt(start + 2) == '/');
  }

  /**
   * Answers a {@code /v2} request: faults, processing and the journal are the shared
   * {@link ApiPipeline}'s; the req_id (deterministic with {@code id_seed}) is drawn first.
   */
  public ApiResponse handle(ApiRequest request) {
    return pipeline.handle(request);
  }

  /** What Clarifai puts into the shared {@link ApiPipeline}. */
  private final class Wire implements ApiPipeline.Wire {
    @Override
    public String requestId() {
      return engine.newRequestId();
    }

    @Override
    public ApiResponse process(ApiRequest request, String requestId) {
      return processed(request, RouteMatch.of(request.method(), request.segments()), requestId);
    }

    @Override
    public ApiResponse faultAnswer(Fault fault, ApiRequest request, String requestId) {
      return ClarifaiHttpApi.this.faultAnswer(fault, RouteMatch.of(request.method(), request.segments()), requestId);
    }

    @Override
    public ApiResponse malformed(ApiRequest request, MalformedRequestException e, String requestId) {
      return error(ClarifaiError.badFormat(e.getMessage()), List.of(), requestId);
    }
  }

  /**
   * The answer to a request refused below the API (bad query encoding, oversized body): 11100
   * (98004 for a 5xx) with the given HTTP status and the list fields of the route when the
   * path names one. Its req_id is random even with {@code id_seed} (mock choice).
   */
  public static ApiResponse transportError(String method, String rawPath, int httpStatus, String message) {
    List<String> lists = List.of();
    try {
      lists = RouteMatch.of(method, ApiRequest.builder(method, rawPath).build().segments()).listFields();
    } catch (MalformedRequestException ignored) {
      // the path itself is malformed: no route, no list field
    }
    return Envelope.respond(transportCode(httpStatus), message, ResponseFields.NONE, lists, randomRequestId(),
        httpStatus, null);
  }

  /** The Clarifai {@code status} object for an error that has no API path (see ErrorShapes). */
  public static ObjectNode transportStatus(int httpStatus, String message) {
    int code = transportCode(httpStatus);
    return Envelope.status(code, Envelope.description(code), message, randomRequestId());
  }

  /**
   * The fault's own answer, or null for a fault that only delays. A fault given only an HTTP
   * status (the shared {@code Fault.status(503)}) gets the code a transport error of that
   * status gets, so one fault works on both APIs.
   */
  private ApiResponse faultAnswer(Fault fault, RouteMatch match, String reqId) {
    if (fault.code() == null && fault.status() == null) {
      return null;
    }
    int code = fault.code() != null ? fault.code() : transportCode(fault.status());
    int http = fault.status() != null
        ? fault.status()
        : HttpStatusMapping.of(code, false, engine.config().httpStatusOverrides());
    return Envelope.respond(code, "injected fault", ResponseFields.NONE, match.listFields(), reqId, http,
        fault.retryAfterSeconds());
  }

  private ApiResponse processed(ApiRequest request, RouteMatch match, String reqId) {
    try {
      return process(request, match, reqId);
    } catch (ClarifaiError e) {
      return error(e, match.listFields(), reqId);
    } catch (MalformedRequestException e) {
      return error(ClarifaiError.badFormat(e.getMessage()), match.listFields(), reqId);
    } catch (RuntimeException e) {
      // spec §5.2: 98004 is the answer to an unexpected mock error
      return error(new ClarifaiError(StatusCode.INTERNAL_SERVER_ISSUE, "unexpected mock error: " + e),
          match.listFields(), reqId);
    }
  }

  private ApiResponse process(ApiRequest request, RouteMatch match, String reqId) {
    if (!match.found()) {
      throw match.error();
    }
    List<String> lists = match.listFields();
    String header = request.header("Authorization");
    String token = AuthorizationHeader.token(header);
    if (token == null) {
      return respond(StatusCode.CONN_INVALID_REQUEST.number(), AuthorizationHeader.MALFORMED, ResponseFields.NONE, lists,
          reqId, true, null);
    }
    long wait = engine.throttle(header);
    if (wait > 0) {
      return respond(StatusCode.CONN_THROTTLED.number(), "exceeded limit of "
          + engine.config().rateLimitPerSecond() + " requests per second", ResponseFields.NONE, lists, reqId, false, wait);
    }
    KeyIdentity identity = engine.identify(token);
    Fields body = request.method().equals("GET") ? Fields.root(null) : body(request);
    QueryReader query = new QueryReader(request.query());
    List<AppNaming> namings = new ArrayList<>();
    if (match.pathApp() != null) {
      namings.add(match.pathApp());
    }
    Fields bodyApp = body.object("user_app_id");
    if (bodyApp != null) {
      namings.add(new AppNaming("body", bodyApp.string("user_id"), bodyApp.string("app_id")));
    }
    namings.add(new AppNaming("query", query.last("user_app_id.user_id"), query.last("user_app_id.app_id")));
    Caller caller = engine.scope(identity, namings);
    engine.checkScope(identity, match.route().scope);
    Reply reply = dispatch(match.route(), new Call(caller, match.params(), body, query));
    return respond(reply.status().number(), reply.details(), reply.fields(), lists, reqId, false, null);
  }

  private Reply dispatch(ClarifaiRoute route, Call c) {
    return switch (route) {
      case POST_TASKS -> tasks.postTasks(c);
      case GET_TASK -> tasks.getTask(c);
      case LIST_TASKS -> tasks.listTasks(c);
      case PATCH_TASKS -> tasks.patchTasks(c);
      case DELETE_TASKS -> tasks.deleteTasks(c);
      case GET_TASK_ANNOTATION_COUNT -> tasks.annotationCounts(c);
      case GET_TASK_INPUT_COUNT -> tasks.inputCounts(c);
      case PUT_TASK_ASSIGNMENTS -> tasks.putAssignments(c);
      case LIST_NEXT_TASK_ASSIGNMENTS -> tasks.listNextAssignments(c);
      case PATCH_ANNOTATIONS_STATUS -> tasks.patchAnnotationsStatus(c);
      case POST_INPUTS -> data.postInputs(c);
      case LIST_INPUTS -> data.listInputs(c);
      case GET_INPUT -> data.getInput(c);
      case DELETE_INPUTS -> data.deleteInputs(c);
      case DELETE_INPUT -> data.deleteInput(c);
      case POST_DATASETS -> data.postDatasets(c);
      case LIST_DATASETS -> data.listDatasets(c);
      case GET_DATASET -> data.getDataset(c);
      case POST_DATASET_INPUTS -> data.postDatasetInputs(c);
      case LIST_DATASET_INPUTS -> data.listDatasetInputs(c);
      case DELETE_DATASET_INPUTS -> data.deleteDatasetInputs(c);
      case POST_SEARCHES -> data.postSearches(c);
      case LIST_SEARCHES -> data.listSearches(c);
      case GET_SEARCH -> data.getSearch(c);
      case POST_CONCEPTS -> data.postConcepts(c);
      case LIST_CONCEPTS -> data.listConcepts(c);
      case GET_CONCEPT -> data.getConcept(c);
      case POST_ANNOTATIONS -> data.postAnnotations(c);
      case PATCH_ANNOTATIONS -> data.patchAnnotations(c);
      case LIST_ANNOTATIONS -> data.listAnnotations(c);
      case GET_ANNOTATION -> data.getAnnotation(c);
      case DELETE_ANNOTATIONS -> data.deleteAnnotations(c);
      case LIST_COLLABORATORS -> data.listCollaborators(c);
      case POST_COLLABORATORS -> data.postCollaborators(c);
      case DELETE_COLLABORATORS -> data.deleteCollaborators(c);
    };
  }

  /** The JSON body (any Content-Type, spec §4.4): empty means {@code {}}; malformed is 11100. */
  private static Fields body(ApiRequest request) {
    JsonNode parsed;
    try {
      parsed = Json.parse(request.body());
    } catch (JsonBounds.OutOfBounds e) {
      throw ClarifaiError.badFormat(e.problem().describe());
    } catch (JsonProcessingException e) {
      throw ClarifaiError.badFormat("the request body is not valid JSON: " + e.getOriginalMessage());
    }
    return Fields.root(parsed == null ? null : SnakeCase.normalize(parsed));
  }

  private ApiResponse error(ClarifaiError e, List<String> lists, String reqId) {
    return respond(e.code().number(), e.details(), ResponseFields.NONE, lists, reqId, false, null);
  }

  private ApiResponse respond(int code, String details, ResponseFields fields, List<String> lists, String reqId,
      boolean fromAuthCheck, Long retryAfter) {
    return Envelope.respond(code, details, fields, lists, reqId,
        HttpStatusMapping.of(code, fromAuthCheck, engine.config().httpStatusOverrides()), retryAfter);
  }

  private static int transportCode(int httpStatus) {
    return httpStatus >= 500 ? StatusCode.INTERNAL_SERVER_ISSUE.number() : StatusCode.CONN_BAD_REQUEST_FORMAT.number();
  }

  private static String randomRequestId() {
    return RequestIds.random("", 32);
  }
}
