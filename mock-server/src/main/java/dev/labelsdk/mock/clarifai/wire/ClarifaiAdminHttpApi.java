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
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.RequestJournal;
import java.util.List;

/**
 * The Clarifai control plane under {@code /__admin/clarifai} (spec §10): reset, seed, state
 * dump, configuration, faults and the request journal. No auth, never rate-limited. Answers
 * are plain JSON; errors use the Clarifai envelope. The same operations back the Java handle.
 */
public final class ClarifaiAdminHttpApi {

  public static final String PREFIX = "/__admin/clarifai";

  /**
   * Every route the router below serves, as {@code "METHOD /__admin/clarifai/path"}: what the
   * OpenAPI document ({@code openapi/control.json}) must describe. The router does not read
   * it; a test checks the two against each other and against the running server.
   */
  public static final List<String> ROUTES = List.of(
      "POST " + PREFIX + "/reset",
      "POST " + PREFIX + "/seed",
      "GET " + PREFIX + "/state",
      "GET " + PREFIX + "/config",
      "PUT " + PREFIX + "/config",
      "POST " + PREFIX + "/faults",
      "GET " + PREFIX + "/faults",
      "DELETE " + PREFIX + "/faults",
      "GET " + PREFIX + "/requests");

  private final ClarifaiEngine engine;
  private final ClarifaiFaults faults;
  private final RequestJournal journal;

  public ClarifaiAdminHttpApi(ClarifaiEngine engine, ClarifaiFaults faults, RequestJournal journal) {
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
    List<String> s = r.segments(); // "__admin", "clarifai", ...
    String path = s.size() > 2 ? String.join("/", s.subList(2, s.size())) : "";
    switch (r.method() + " " + path) {
      case "POST reset":
        JsonNode body = json(r);
        reset(body != null && body.path("keep_config").asBoolean(false));
        return ok(JsonOut.object().put("reset", true));
      case "POST seed":
        seed(json(r));
        return ok(state());
      case "GET state":
        return ok(state());
      case "GET config":
        return ok(ConfigJson.render(engine.config()));
      case "PUT config":
        return ok(updateConfig(json(r)));
      case "POST faults":
        faults.add(FaultJson.decode(json(r)));
        return ok(faultsJson());
      case "GET faults":
        return ok(faultsJson());
      case "DELETE faults":
        faults.clear();
        return ok(faultsJson());
      case "GET requests":
        String limit = r.query().first("limit");
        return ok(requests(limit == null ? Integer.MAX_VALUE : parseLimit(limit)));
      default:
        throw ClarifaiError.notFound("no such control endpoint: " + r.method() + " " + r.normalisedPath());
    }
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
