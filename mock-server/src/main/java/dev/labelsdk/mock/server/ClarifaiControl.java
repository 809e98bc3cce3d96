package dev.labelsdk.mock.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.clarifai.wire.ClarifaiAdminHttpApi;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.RequestJournal;
import java.util.List;

/**
 * The Clarifai control plane from Java, for in-process tests: the same operations as
 * {@code /__admin/clarifai/...} (spec §10). Seeding methods upsert and return this handle, so
 * calls chain: {@code mock.clarifai().addApp("owner", "app1").addPat("pat-u1", "u1")}.
 */
public final class ClarifaiControl {

  private final ClarifaiEngine engine;
  private final FaultQueue faults;
  private final RequestJournal journal;
  private final ClarifaiAdminHttpApi admin;

  ClarifaiControl(ClarifaiEngine engine, FaultQueue faults, RequestJournal journal,
      ClarifaiAdminHttpApi admin) {
    this.engine = engine;
    this.faults = faults;
    this.journal = journal;
    this.admin = admin;
  }

  /** The control plane over HTTP ({@code /__admin/...}), which this class calls too. */
  ClarifaiAdminHttpApi admin() {
    return admin;
  }

  /** {@code POST /__admin/clarifai/reset}: drops all state and restores the configuration. */
  public void reset() {
    reset(false);
  }

  /** {@code POST /__admin/clarifai/reset {"keep_config": keepConfig}}. */
  public void reset(boolean keepConfig) {
    admin.reset(keepConfig);
  }

  /** {@code POST /__admin/clarifai/seed} with any JSON-serialisable map or object. */
  public ClarifaiControl seed(Object seed) {
    admin.seed(Json.MAPPER.valueToTree(seed));
    return this;
  }

  /** A user. */
  public ClarifaiControl addUser(String userId) {
    return seed(one("users", o -> o.put("id", userId)));
  }

  /** An app and its owner. */
  public ClarifaiControl addApp(String userId, String appId) {
    return seed(one("apps", o -> o.put("user_id", userId).put("id", appId)));
  }

  /** A personal access token of {@code userId} (its user is created too). */
  public ClarifaiControl addPat(String token, String userId) {
    return seed(one("keys", o -> o.put("token", token).put("type", "PAT").put("user_id", userId)));
  }

  /** An app-specific key (its user and app are created too). */
  public ClarifaiControl addAppKey(String token, String userId, String appId) {
    return seed(one("keys", o -> o.put("token", token).put("type", "APP_KEY").put("user_id", userId)
        .put("app_id", appId)));
  }

  /** Makes {@code collaboratorUserId} a collaborator of the app {@code userId/appId}. */
  public ClarifaiControl addCollaborator(String userId, String appId, String collaboratorUserId) {
    return seed(one("collaborators", o -> o.put("user_id", userId).put("app_id", appId)
        .put("collaborator_user_id", collaboratorUserId)));
  }

  /** A concept of the app {@code userId/appId}. */
  public ClarifaiControl addConcept(String userId, String appId, String id, String name) {
    return seed(one("concepts", o -> o.put("user_id", userId).put("app_id", appId).put("id", id)
        .put("name", name)));
  }

  /** An input with {@code data} (a map or object, e.g. {@code Map.of("image", Map.of("url", u))}). */
  public ClarifaiControl addInput(String userId, String appId, String id, Object data, String... datasetIds) {
    return seed(one("inputs", o -> {
      o.put("user_id", userId).put("app_id", appId).put("id", id);
      o.set("data", Json.MAPPER.valueToTree(data));
      ArrayNode datasets = o.putArray("dataset_ids");
      for (String d : datasetIds) {
        datasets.add(d);
      }
      return o;
    }));
  }

  /** {@code GET /__admin/clarifai/state}. */
  public JsonNode state() {
    return admin.state();
  }

  /** {@code GET /__admin/clarifai/config}, as the typed configuration. */
  public ClarifaiConfig config() {
    return engine.config();
  }

  /** {@code PUT /__admin/clarifai/config}: merges {@code changes} (snake_case keys); returns the result. */
  public JsonNode updateConfig(Object changes) {
    return admin.updateConfig(Json.MAPPER.valueToTree(changes));
  }

  /** Replaces the configuration. */
  public void configure(ClarifaiConfig config) {
    engine.configure(config);
  }

  /** Requests per second per Authorization value; 0 turns the limit off. */
  public void setRateLimit(int perSecond) {
    configure(engine.config().toBuilder().rateLimitPerSecond(perSecond).build());
  }

  /** {@code POST /__admin/clarifai/faults}. */
  public void addFault(ClarifaiFault fault) {
    faults.add(fault.fault());
  }

  /**
   * Queues a fault in the shared model (see {@link Fault}): its status code, or for a fault
   * given only an HTTP status, the code a transport error of that status has (98004 for 5xx,
   * 11100 for 4xx).
   */
  public void addFault(Fault fault) {
    faults.add(fault);
  }

  /** {@code GET /__admin/clarifai/faults}. */
  public List<Fault> faults() {
    return faults.list();
  }

  /** {@code DELETE /__admin/clarifai/faults}. */
  public void clearFaults() {
    faults.clear();
  }

  /** {@code GET /__admin/clarifai/requests?limit=n}: newest first (Authorization redacted). */
  public List<RequestJournal.Entry> requests(int limit) {
    return journal.latest(limit);
  }

  /** The engine itself, for tests that drive it without HTTP. */
  public ClarifaiEngine engine() {
    return engine;
  }

  private interface Filler {
    ObjectNode fill(ObjectNode o);
  }

  private static ObjectNode one(String list, Filler filler) {
    ObjectNode seed = Json.MAPPER.createObjectNode();
    filler.fill(seed.putArray(list).addObject());
    return seed;
  }
}
