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

  /**
   * Every route the router below serves, as {@code "METHOD /__admin/refonte/template"}: what
   * the OpenAPI document ({@code openapi/control.json}) must describe. The router does not read
   * it; a test checks the two against each other and against the running server.
   */
  public static final List<String> ROUTES = List.of(
      "POST " + PREFIX + "/tasks/{id}/complete",
      "POST " + PREFIX + "/tasks/{id}/error",
      "POST " + PREFIX + "/tasks/{id}/redo",
      "GET " + PREFIX + "/tasks/{id}",
      "GET " + PREFIX + "/state",
      "GET " + PREFIX + "/stats",
      "POST " + PREFIX + "/reset",
      "GET " + PREFIX + "/callbacks",
      "GET " + PREFIX + "/requests",
      "PUT " + PREFIX + "/rate-limits",
      "POST " + PREFIX + "/rate-limits",
      "GET " + PREFIX + "/rate-limits",
      "POST " + PREFIX + "/faults",
      "GET " + PREFIX + "/faults",
      "DELETE " + PREFIX + "/faults");

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
    List<String> s = r.segments(); // "__admin", "refonte", ...
    String m = r.method();
    String path = s.size() > 2 ? String.join("/", s.subList(2, s.size())) : "";
    if (s.size() == 5 && s.get(2).equals("tasks") && m.equals("POST")) {
      String id = s.get(3);
      switch (s.get(4)) {
        case "complete":
          return ok(engine.control().complete(id, RequestBody.json(r)));
        case "error":
          return ok(engine.control().error(id, RequestBody.json(r)));
        case "redo":
          return ok(engine.control().redo(id, RequestBody.json(r)));
        default:
          break;
      }
    }
    if (s.size() == 4 && s.get(2).equals("tasks") && m.equals("GET")) {
      return ok(engine.control().task(s.get(3)));
    }
    switch (m + " " + path) {
      case "GET state":
        ObjectNode state = engine.control().state();
        state.set("faults", faultsJson());
        state.set("rate_limit", rateLimitJson());
        return ok(state);
      case "GET stats":
        return ok(engine.control().stats().put("request_journal", journal.size()));
      case "POST reset":
        reset();
        return ok(Json.MAPPER.createObjectNode().put("reset", true));
      case "GET callbacks":
        return ok(callbacksJson(engine.control().callbacks(r.query().first("task_id"))));
      case "GET requests":
        return ok(journal.toJson((int) Math.min(Integer.MAX_VALUE,
            QueryValues.digits(r.query(), "limit", Integer.MAX_VALUE)), Timestamps::format));
      case "PUT rate-limits", "POST rate-limits":
        engine.setRateLimit(rateLimit(RequestBody.json(r)));
        return ok(rateLimitJson());
      case "GET rate-limits":
        return ok(rateLimitJson());
      case "POST faults":
        faults.add(fault(RequestBody.json(r)));
        return ok(faultsJson());
      case "GET faults":
        return ok(faultsJson());
      case "DELETE faults":
        faults.clear();
        return ok(faultsJson());
      default:
        return ErrorEnvelope.of(404, "No such control endpoint: " + m + " " + r.normalisedPath() + ".");
    }
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
      throw RefonteError.badRequest("Send {\"taskCreatePerSecond\": n, \"burst\": n}.");
    }
    RateLimit current = engine.rateLimit();
    JsonNode rate = body.get("taskCreatePerSecond");
    JsonNode burst = body.get("burst");
    if ((rate != null && !rate.isNumber()) || (burst != null && !burst.isIntegralNumber())) {
      throw RefonteError.badRequest("\"taskCreatePerSecond\" must be a number and \"burst\" an integer.");
    }
    double perSecond = rate == null ? current.perSecond() : rate.asDouble();
    int size = burst == null ? (perSecond > 0 && current.burst() == 0 ? 1 : current.burst()) : burst.asInt();
    try {
      return new RateLimit(perSecond, size);
    } catch (IllegalArgumentException e) {
      throw RefonteError.badRequest(e.getMessage());
    }
  }

  /** Parses a fault spec: {@code status}, {@code count}, {@code retry_after}, {@code method},
   * {@code path_prefix}, {@code when}, {@code message}, or {@code "fault": "connection_reset"}. */
  static Fault fault(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.badRequest("A fault spec must be a JSON object.");
    }
    try {
      JsonNode kind = body.get("fault");
      boolean reset = kind != null && !kind.isNull();
      if (reset && !"connection_reset".equals(kind.asText())) {
        throw RefonteError.badRequest("\"fault\" can only be \"connection_reset\".");
      }
      String when = text(body, "when");
      if (when != null && !when.equals("before") && !when.equals("after")) {
        throw RefonteError.badRequest("\"when\" must be \"before\" or \"after\".");
      }
      return new Fault(
          reset ? null : integer(body, "status"),
          body.has("count") ? integer(body, "count") : 1,
          body.has("retry_after") ? (long) integer(body, "retry_after") : null,
          text(body, "method"),
          text(body, "path_prefix"),
          when == null ? Fault.When.BEFORE : Fault.When.valueOf(when.toUpperCase(Locale.ROOT)),
          text(body, "message"),
          reset);
    } catch (IllegalArgumentException e) {
      throw RefonteError.badRequest(e.getMessage());
    }
  }

  private static Integer integer(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw RefonteError.badRequest("\"" + name + "\" must be an integer.");
    }
    return v.asInt();
  }

  private static String text(JsonNode body, String name) {
    JsonNode v = body.get(name);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw RefonteError.badRequest("\"" + name + "\" must be a string.");
    }
    return v.asText();
  }

  private ArrayNode faultsJson() {
    ArrayNode out = Json.MAPPER.createArrayNode();
    for (Fault f : faults.list()) {
      ObjectNode o = out.addObject();
      if (f.connectionReset()) {
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
