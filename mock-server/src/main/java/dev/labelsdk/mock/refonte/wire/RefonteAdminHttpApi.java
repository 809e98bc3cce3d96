package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.Timestamps;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.QueryValues;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.http.RouteTable;
import dev.labelsdk.mock.refonte.CallbackAttempt;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.RefonteError;
import java.util.List;
import java.util.Locale;

/**
 * The Refonte control plane under {@code /__admin/refonte} (spec §8.3): lifecycle of single
 * tasks, state dump, reset, callback and request journals, rate limit and faults. No
 * authentication; errors use the Refonte envelope.
 */
public final class RefonteAdminHttpApi {

  public static final String PREFIX = "/__admin/refonte";

  /** A route's handler: the control plane and the request. */
  @FunctionalInterface
  private interface Handler {
    ApiResponse handle(RefonteAdminHttpApi admin, ApiRequest request, RouteTable.Match<Handler> match);
  }

  /** The router: every control route of spec §8.3. */
  private static final RouteTable<Handler> ROUTER = new RouteTable<Handler>()
      .add("POST", PREFIX + "/tasks/{id}/complete", (a, r, m) -> {
        RequestDecoder.Completion done = RequestDecoder.completion(RequestBody.json(r));
        return ok(ResultJson.task(a.engine.control().complete(m.param("id"), done.response(), done.reviewStatus())));
      })
      .add("POST", PREFIX + "/tasks/{id}/error", (a, r, m) -> ok(ResultJson.task(
          a.engine.control().error(m.param("id"), RequestDecoder.errorMessage(RequestBody.json(r))))))
      .add("POST", PREFIX + "/tasks/{id}/redo", (a, r, m) -> ok(ResultJson.task(
          a.engine.control().redo(m.param("id"), RequestDecoder.redoResponse(RequestBody.json(r))))))
      .add("GET", PREFIX + "/tasks/{id}", (a, r, m) -> ok(ResultJson.ownedTask(a.engine.control().task(m.param("id")))))
      .add("GET", PREFIX + "/state", (a, r, m) -> a.state())
      .add("GET", PREFIX + "/stats",
          (a, r, m) -> ok(a.engine.control().stats().put("request_journal", a.journal.size())))
      .add("POST", PREFIX + "/reset", (a, r, m) -> {
        a.reset();
        return ok(Json.MAPPER.createObjectNode().put("reset", true));
      })
      .add("GET", PREFIX + "/callbacks",
          (a, r, m) -> ok(callbacksJson(a.engine.control().callbacks(r.query().first("task_id")))))
      .add("GET", PREFIX + "/requests", (a, r, m) -> ok(a.journal.toJson((int) Math.min(Integer.MAX_VALUE,
          QueryValues.digits(r.query(), "limit", Integer.MAX_VALUE)), Timestamps::format)))
      .add("PUT", PREFIX + "/rate-limits", (a, r, m) -> a.setRateLimit(r))
      .add("POST", PREFIX + "/rate-limits", (a, r, m) -> a.setRateLimit(r))
      .add("GET", PREFIX + "/rate-limits", (a, r, m) -> ok(a.rateLimitJson()))
      .add("POST", PREFIX + "/faults", (a, r, m) -> {
        a.faults.add(fault(RequestBody.json(r)));
        return ok(a.faultsJson());
      })
      .add("GET", PREFIX + "/faults", (a, r, m) -> ok(a.faultsJson()))
      .add("DELETE", PREFIX + "/faults", (a, r, m) -> {
        a.faults.clear();
        return ok(a.faultsJson());
      });

  /**
   * Every route the router serves, as {@code "METHOD /__admin/refonte/template"}: what the
   * OpenAPI document ({@code openapi/control.json}) must describe. Read from the router itself.
   */
  public static final List<String> ROUTES = ROUTER.routes();

  private final RefonteEngine engine;
  private final FaultQueue faults;
  private final RequestJournal journal;
  private final RateLimit configuredRateLimit;

  public RefonteAdminHttpApi(RefonteEngine engine, FaultQueue faults, RequestJournal journal) {
    this.engine = engine;
    this.faults = faults;
    this.journal = journal;
    this.configuredRateLimit = engine.rateLimit();
  }

  public ApiResponse handle(ApiRequest r) {
    try {
      return route(r);
    } catch (RefonteError e) {
      return ErrorEnvelope.of(e);
    } catch (MalformedRequestException e) {
      return ErrorEnvelope.of(400, e.getMessage());
    }
  }

  private ApiResponse route(ApiRequest r) {
    RouteTable.Match<Handler> match = ROUTER.match(r.method(), r.segments());
    if (!match.found()) {
      return match.pathKnown()
          ? ErrorEnvelope.methodNotAllowed(r.normalisedPath(), ROUTER.methods(r.segments()))
          : ErrorEnvelope.of(404, "No such control endpoint: " + r.method() + " " + r.normalisedPath() + ".");
    }
    return match.handler().handle(this, r, match);
  }

  private ApiResponse state() {
    ObjectNode state = ResultJson.state(engine.control().state());
    state.set("faults", faultsJson());
    state.set("rate_limit", rateLimitJson());
    return ok(state);
  }

  private ApiResponse setRateLimit(ApiRequest r) {
    engine.setRateLimit(rateLimit(RequestBody.json(r)));
    return ok(rateLimitJson());
  }

  /** Deletes all Refonte state, faults and journals, and restores the configured rate limit. */
  public void reset() {
    engine.control().reset();
    engine.setRateLimit(configuredRateLimit);
    faults.clear();
    journal.clear();
  }

  private RateLimit rateLimit(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.invalid("Send {\"taskCreatePerSecond\": n, \"burst\": n}.");
    }
    RateLimit current = engine.rateLimit();
    JsonNode rate = body.get("taskCreatePerSecond");
    JsonNode burst = body.get("burst");
    if ((rate != null && !rate.isNumber()) || (burst != null && !burst.isIntegralNumber())) {
      throw RefonteError.invalid("\"taskCreatePerSecond\" must be a number and \"burst\" an integer.");
    }
    double perSecond = rate == null ? current.perSecond() : rate.asDouble();
    int size = burst == null ? (perSecond > 0 && current.burst() == 0 ? 1 : current.burst()) : burst.asInt();
    try {
      return new RateLimit(perSecond, size);
    } catch (IllegalArgumentException e) {
      throw RefonteError.invalid(e.getMessage());
    }
  }

  /** Parses a fault spec: {@code status}, {@code count}, {@code retry_after}, {@code method},
   * {@code path_prefix}, {@code when}, {@code message}, or {@code "fault": "connection_reset"}. */
  static Fault fault(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.invalid("A fault spec must be a JSON object.");
    }
    try {
      JsonNode kind = body.get("fault");
      boolean reset = kind != null && !kind.isNull();
      if (reset && !"connection_reset".equals(kind.asText())) {
        throw RefonteError.invalid("\"fault\" can only be \"connection_reset\".");
      }
      String when = text(body, "when");
      if (when != null && !when.equals("before") && !when.equals("after")) {
        throw RefonteError.invalid("\"when\" must be \"before\" or \"after\".");
      }
      Integer status = reset ? null : integer(body, "status");
      int count = body.has("count") ? integer(body, "count") : 1;
      Long retryAfter = body.has("retry_after") ? (long) integer(body, "retry_after") : null;
      String method = text(body, "method");
      String pathPrefix = text(body, "path_prefix");
      String message = text(body, "message");
      if (!reset && (status == null || status < 400 || status > 599)) {
        throw RefonteError.invalid("\"status\" must be between 400 and 599");
      }
      if (count < 1) {
        throw RefonteError.invalid("\"count\" must be >= 1");
      }
      if (retryAfter != null && retryAfter < 0) {
        throw RefonteError.invalid("\"retry_after\" must be >= 0");
      }
      return new Fault(status, null, count, retryAfter, method, pathPrefix, null,
          when == null ? Fault.When.BEFORE : Fault.When.valueOf(when.toUpperCase(Locale.ROOT)), 0, message, reset);
    } catch (IllegalArgumentException e) {
      throw RefonteError.invalid(e.getMessage());
    }
  }

  private static Integer integer(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw RefonteError.invalid("\"" + name + "\" must be an integer.");
    }
    return v.asInt();
  }

  private static String text(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw RefonteError.invalid("\"" + name + "\" must be a string.");
    }
    return v.asText();
  }

  private ArrayNode faultsJson() {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Fault f : faults.list()) {
      ObjectNode o = out.addObject();
      if (f.dropConnection()) {
        o.put("fault", "connection_reset");
      } else {
        o.put("status", f.status());
      }
      o.put("count", f.count());
      if (f.retryAfterSeconds() != null) {
        o.put("retry_after", f.retryAfterSeconds());
      }
      o.put("method", f.method());
      o.put("path_prefix", f.pathPrefix());
      o.put("when", f.when().wire());
      o.put("message", f.message());
    }
    return out;
  }

  private ObjectNode rateLimitJson() {
    RateLimit limit = engine.rateLimit();
    return Json.MAPPER.createObjectNode()
        .put("taskCreatePerSecond", limit.perSecond())
        .put("burst", limit.burst());
  }

  private static ArrayNode callbacksJson(List<CallbackAttempt> attempts) {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (CallbackAttempt a : attempts) {
      ObjectNode o = out.addObject();
      o.put("task_id", a.taskId());
      o.put("url", a.url());
      o.put("event", a.event());
      o.put("attempt", a.attempt());
      o.put("at", Timestamps.format(a.at()));
      o.put("status_code", a.statusCode());
      o.put("error", a.error());
    }
    return out;
  }

  private static ApiResponse ok(byte[] body) {
    return ApiResponse.json(200, body);
  }

  private static ApiResponse ok(JsonNode body) {
    return ApiResponse.json(200, Json.bytes(body));
  }
}
