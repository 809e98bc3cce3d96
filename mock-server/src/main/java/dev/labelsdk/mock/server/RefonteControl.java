package dev.labelsdk.mock.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.refonte.CallbackAttempt;
import dev.labelsdk.mock.refonte.ControlOperations;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.RefonteError;
import dev.labelsdk.mock.refonte.TaskJson;
import dev.labelsdk.mock.refonte.TaskView;
import dev.labelsdk.mock.refonte.wire.RefonteAdminHttpApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Refonte control plane from Java, for in-process tests: the same operations as
 * {@code /__admin/refonte/...}. Methods that return a task return its JSON as the API shows it.
 */
public final class RefonteControl {

  private final RefonteEngine engine;
  private final FaultQueue faults;
  private final RequestJournal journal;
  private final RefonteAdminHttpApi admin;

  RefonteControl(RefonteEngine engine, FaultQueue faults, RequestJournal journal,
      RefonteAdminHttpApi admin) {
    this.engine = engine;
    this.faults = faults;
    this.journal = journal;
    this.admin = admin;
  }

  /** The control plane over HTTP ({@code /__admin/...}), which this class calls too. */
  RefonteAdminHttpApi admin() {
    return admin;
  }

  /** Completes a pending task with the placeholder response. */
  public JsonNode complete(String taskId) {
    return tree(engine.control().complete(taskId, null, null));
  }

  /** Completes a pending task with {@code response} (any JSON-serialisable map or object). */
  public JsonNode complete(String taskId, Object response) {
    return tree(engine.control().complete(taskId, responseObject(response), null));
  }

  /** Moves a pending task to {@code error} with {@code message}. */
  public JsonNode error(String taskId, String message) {
    return tree(engine.control().error(taskId, message));
  }

  /** Redoes a completed task, optionally with a new response (null keeps the old one). */
  public JsonNode redo(String taskId, Object response) {
    return tree(engine.control().redo(taskId, responseObject(response)));
  }

  /** A task with its tenant label, without triggering test-mode completion. */
  public JsonNode task(String taskId) {
    ControlOperations.OwnedTask owned = engine.control().task(taskId);
    ObjectNode task = (ObjectNode) tree(owned.task());
    return task.put("tenant", owned.tenant());
  }

  private static JsonNode tree(TaskView task) {
    return Json.tree(Json.write(g -> TaskJson.write(g, task)));
  }

  /** A response as the control plane takes it: a JSON object. */
  private static ObjectNode responseObject(Object response) {
    JsonNode tree = Json.MAPPER.valueToTree(response);
    if (tree == null || tree.isNull()) {
      return null;
    }
    if (!(tree instanceof ObjectNode object)) {
      throw RefonteError.invalidParameter("\"response\" must be an object");
    }
    return object;
  }

  /** The state dump of {@code GET /__admin/refonte/state}. */
  public JsonNode state() {
    return Json.tree(admin.handle(
        dev.labelsdk.mock.http.ApiRequest.builder("GET", RefonteAdminHttpApi.PREFIX + "/state").build())
        .body());
  }

  /** Deletes all Refonte state, faults and journals; restores the configured rate limit. */
  public void reset() {
    admin.reset();
  }

  public List<CallbackAttempt> callbacks() {
    return engine.control().callbacks(null);
  }

  public List<CallbackAttempt> callbacks(String taskId) {
    return engine.control().callbacks(taskId);
  }

  /**
   * Waits until no callback attempt is due or in flight (after advancing the clock, say);
   * returns false when {@code timeout} passed first.
   */
  public boolean awaitCallbacks(Duration timeout) {
    try {
      return engine.control().awaitCallbacks(timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The latest API requests, newest first (Authorization redacted). */
  public List<RequestJournal.Entry> requests(int limit) {
    return journal.latest(limit);
  }

  public RateLimit rateLimit() {
    return engine.rateLimit();
  }

  public void setRateLimit(RateLimit limit) {
    engine.setRateLimit(limit);
  }

  /**
   * Queues a fault for {@code /v1} requests; see {@link Fault}. Refonte answers carry an HTTP
   * status, not a Clarifai status code, so a fault with a code and no status is refused rather
   * than silently reduced to a delay.
   */
  public void addFault(Fault fault) {
    if (fault.code() != null && fault.status() == null) {
      throw new IllegalArgumentException(
          "a Refonte fault answers with an HTTP status: use Fault.status(n), not Fault.code(n)");
    }
    faults.add(fault);
  }

  public List<Fault> faults() {
    return faults.list();
  }

  public void clearFaults() {
    faults.clear();
  }

  /** Headers of the latest request, for checking what a client sent. */
  public Map<String, String> lastRequestHeaders() {
    List<RequestJournal.Entry> latest = journal.latest(1);
    return latest.isEmpty() ? Map.of() : latest.get(0).headers();
  }

  /** The engine itself, for tests that drive it without HTTP. */
  public RefonteEngine engine() {
    return engine;
  }
}
