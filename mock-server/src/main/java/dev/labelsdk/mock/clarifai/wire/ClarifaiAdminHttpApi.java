package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.ClarifaiTimestamps;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.JsonBounds;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.http.RouteTable;
import java.util.List;

/**
 * The Clarifai control plane under {@code /__admin/clarifai} (spec §10): reset, seed, state
 * dump, configuration, faults and the request journal. No auth, never rate-limited. Answers
 * are plain JSON; errors use the Clarifai envelope. The same operations back the Java handle.
 */
public final class ClarifaiAdminHttpApi {

  public static final String PREFIX = "/__admin/clarifai";

  /** A route's handler: the control plane and the request. */
  @FunctionalInterface
  private interface Handler {
    ApiResponse handle(ClarifaiAdminHttpApi admin, ApiRequest request);
  }

  /** The router: every control route of spec §10. */
  private static final RouteTable<Handler> ROUTER = new RouteTable<Handler>()
      .add("POST", PREFIX + "/reset", (a, r) -> {
        JsonNode body = json(r);
        a.reset(body != null && body.path("keep_config").asBoolean(false));
        return ok(JsonOut.object().put("reset", true));
      })
      .add("POST", PREFIX + "/seed", (a, r) -> {
        a.seed(json(r));
        return ok(a.state());
      })
      .add("GET", PREFIX + "/state", (a, r) -> ok(a.state()))
      .add("GET", PREFIX + "/config", (a, r) -> ok(ConfigJson.render(a.engine.config())))
      .add("PUT", PREFIX + "/config", (a, r) -> ok(a.updateConfig(json(r))))
      .add("POST", PREFIX + "/faults", (a, r) -> {
        a.faults.add(FaultJson.decode(json(r)));
        return ok(a.faultsJson());
      })
      .add("GET", PREFIX + "/faults", (a, r) -> ok(a.faultsJson()))
      .add("DELETE", PREFIX + "/faults", (a, r) -> {
        a.faults.clear();
        return ok(a.faultsJson());
      })
      .add("GET", PREFIX + "/requests", (a, r) -> {
        String limit = r.query().first("limit");
        return ok(a.requests(limit == null ? Integer.MAX_VALUE : parseLimit(limit)));
      });

  /**
   * Every route the router serves, as {@code "METHOD /__admin/clarifai/path"}: what the OpenAPI
   * document ({@code openapi/control.json}) must describe. Read from the router itself.
   */
  public static final List<String> ROUTES = ROUTER.routes();

  private final ClarifaiEngine engine;
  private final FaultQueue faults;
  private final RequestJournal journal;

  public ClarifaiAdminHttpApi(ClarifaiEngine engine, FaultQueue faults, RequestJournal journal) {
    this.engine = engine;
    this.faults = faults;
    this.journal = journal;
  }

  /** Answers a request under {@link #PREFIX}. */
  public ApiResponse handle(ApiRequest r) {
    try {
      return route(r);
    } catch (ClarifaiError e) {
      return error(e);
    } catch (MalformedRequestException e) {
      return error(ClarifaiError.badFormat(e.getMessage()));
    }
  }

  private ApiResponse route(ApiRequest r) {
    RouteTable.Match<Handler> match = ROUTER.match(r.method(), r.segments());
    if (match.pathKnown() && !match.found()) {
      List<String> allowed = ROUTER.methods(r.segments());
      return error(new ClarifaiError(StatusCode.CONN_METHOD_NOT_ALLOWED, r.method()
          + " is not allowed on " + r.normalisedPath() + "; use " + String.join(" or ", allowed)))
          .withHeader("Allow", String.join(", ", allowed));
    }
    if (!match.found()) {
      throw ClarifaiError.notFound("no such control endpoint: " + r.method() + " " + r.normalisedPath());
    }
    return match.handler().handle(this, r);
  }

  /** Drops all state, faults, the journal and the rate buckets; optionally keeps the configuration. */
  public void reset(boolean keepConfig) {
    engine.control().reset(keepConfig);
    faults.clear();
    journal.clear();
  }

  /** Upserts what the seed body names. */
  public void seed(JsonNode body) {
    engine.control().seed(SeedJson.decode(body));
  }

  /** The state dump. */
  public ObjectNode state() {
    return StateJson.render(engine.control().state());
  }

  /** Merges {@code changes} into the configuration and returns the result. */
  public ObjectNode updateConfig(JsonNode changes) {
    ClarifaiConfig next = ConfigJson.merge(engine.config(), changes);
    engine.configure(next);
    return ConfigJson.render(next);
  }

  /** The queued faults, in the form they are posted. */
  public ArrayNode faultsJson() {
    ArrayNode out = Json.MAPPER.createArrayNode();
    faults.list().forEach(f -> out.add(FaultJson.render(f)));
    return out;
  }

  /** The newest {@code limit} journal entries, newest first. */
  public ArrayNode requests(int limit) {
    return journal.toJson(limit, ClarifaiTimestamps::format);
  }

  private static int parseLimit(String limit) {
    if (!limit.matches("\\d{1,9}")) {
      throw ClarifaiError.badFormat("limit must be a non-negative integer");
    }
    return Integer.parseInt(limit);
  }

  private static JsonNode json(ApiRequest r) {
    try {
      return Json.parse(r.body());
    } catch (JsonBounds.OutOfBounds e) {
      throw ClarifaiError.badFormat(e.problem().describe());
    } catch (JsonProcessingException e) {
      throw ClarifaiError.badFormat("the request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static ApiResponse ok(JsonNode body) {
    return ApiResponse.json(200, Json.bytes(body));
  }

  private ApiResponse error(ClarifaiError e) {
    return Envelope.respond(e.code().number(), e.details(), ResponseFields.NONE, List.of(),
        engine.newRequestId(), e.code() == StatusCode.CONN_DOES_NOT_EXIST ? 404 : 400, null);
  }
}
