package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.Timestamps;
import java.time.Duration;
import java.util.List;

/**
 * What the control plane does to Refonte state (spec §8.3). Task ids are global here: no
 * tenant is needed, and nothing triggers test-mode auto-completion.
 */
public final class ControlOperations {

  private final RefonteEngine engine;

  ControlOperations(RefonteEngine engine) {
    this.engine = engine;
  }

  /**
   * pending → completed with {@code response} (an object; default the placeholder of spec
   * §6.2) and an optional {@code customer_review_status}.
   */
  public byte[] complete(String taskId, JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String response = optionalObject(fields, "response");
    String review = BodyFields.optionalString(fields, "customer_review_status", true);
    ReviewStatus reviewStatus = review == null ? null : ReviewStatus.fromWire(review);
    if (review != null && reviewStatus == null) {
      throw RefonteError.invalid("Unknown customer_review_status \"" + review + "\".");
    }
    return onPendingTask(taskId, (s, t) ->
        engine.complete(s, t, response != null ? response : RefonteEngine.placeholderResponse(t),
            reviewStatus));
  }

  /** pending → error with {@code message}. */
  public byte[] error(String taskId, JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String message = BodyFields.optionalString(fields, "message", false);
    return onPendingTask(taskId, (s, t) ->
        engine.fail(s, t, message != null ? message : "Task failed (set by the mock control API)."));
  }

  /** completed → completed, {@code times_redone} + 1, optionally a new {@code response}. */
  public byte[] redo(String taskId, JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String response = optionalObject(fields, "response");
    TenantState s = owner(taskId);
    return RefonteEngine.write(s, () -> {
      Task t = s.task(taskId);
      if (t.status != TaskStatus.COMPLETED) {
        throw RefonteError.invalidState(
            "Task " + taskId + " is " + t.status.wire() + "; only completed tasks can be redone.");
      }
      engine.redo(s, t, response);
      return TaskOperations.render(t);
    });
  }

  /** The task with a {@code tenant} label added. */
  public byte[] task(String taskId) {
    TenantState s = owner(taskId);
    return RefonteEngine.read(s, () -> Json.write(g -> {
      Task t = s.task(taskId);
      g.writeStartObject();
      TaskJson.writeFields(g, t);
      g.writeStringField("tenant", s.tenant.label());
      g.writeEndObject();
    }));
  }

  /** Every tenant with its tasks, batches and projects, plus the idempotency records. */
  public ObjectNode state() {
    ObjectNode out = Json.MAPPER.createObjectNode();
    var tenants = out.putArray("tenants");
    for (TenantState s : engine.tenantStates()) {
      RefonteEngine.read(s, () -> {
        ObjectNode tenant = tenants.addObject();
        tenant.put("tenant", s.tenant.label());
        tenant.put("email", s.tenant.email());
        var tasks = tenant.putArray("tasks");
        for (Task t : s.tasks.all()) {
          tasks.add(Json.tree(TaskOperations.render(t)));
        }
        var batches = tenant.putArray("batches");
        s.batches.values().forEach(b -> batches.add(Json.tree(BatchOperations.render(b))));
        var projects = tenant.putArray("projects");
        s.projects.values().forEach(p -> projects.add(Json.tree(ProjectOperations.render(p))));
        tenant.put("files", s.files.size());
        return null;
      });
    }
    out.set("idempotency_records",
        Json.MAPPER.valueToTree(engine.idempotency().describe(this::labelOf)));
    out.put("scheduled_callbacks", engine.callbacks().scheduled());
    out.put("now", Timestamps.format(engine.clock.millis()));
    return out;
  }

  /**
   * Sizes of everything the mock keeps, cheap to read at any store size (for soak runs):
   * tenants, tasks, saved idempotency outcomes, scheduled callbacks and journaled attempts.
   */
  public ObjectNode stats() {
    long tasks = 0;
    for (TenantState s : engine.tenantStates()) {
      tasks += RefonteEngine.read(s, s.tasks::size);
    }
    return Json.MAPPER.createObjectNode()
        .put("tenants", engine.tenantStates().size())
        .put("tasks", tasks)
        .put("idempotency_records", engine.idempotency().size())
        .put("scheduled_callbacks", engine.callbacks().scheduled())
        .put("callback_attempts", engine.callbacks().attempts(null).size());
  }

  /** Deletes all Refonte state; configuration (and the rate limit set at run time) stays. */
  public void reset() {
    engine.clearTenants();
  }

  /** Callback attempts, oldest first; only those of {@code taskId} when it is not null. */
  public List<CallbackAttempt> callbacks(String taskId) {
    return engine.callbacks().attempts(taskId);
  }

  /** Waits until no callback attempt is due or in flight; false if {@code timeout} passed. */
  public boolean awaitCallbacks(Duration timeout) throws InterruptedException {
    return engine.callbacks().awaitIdle(timeout);
  }

  private interface Transition {
    void apply(TenantState s, Task t);
  }

  private byte[] onPendingTask(String taskId, Transition transition) {
    TenantState s = owner(taskId);
    return RefonteEngine.write(s, () -> {
      Task t = s.task(taskId);
      if (t.status != TaskStatus.PENDING) {
        throw RefonteError.invalidState(
            "Task " + taskId + " is " + t.status.wire() + "; only pending tasks can change state.");
      }
      transition.apply(s, t);
      return TaskOperations.render(t);
    });
  }

  /** The tenant owning a task id; task ids are unique across tenants. */
  private TenantState owner(String taskId) {
    for (TenantState s : engine.tenantStates()) {
      if (RefonteEngine.read(s, () -> s.tasks.get(taskId) != null)) {
        return s;
      }
    }
    throw RefonteError.notFound("Task " + taskId + " not found.");
  }

  private String labelOf(String tenantName) {
    for (TenantState s : engine.tenantStates()) {
      if (s.tenant.name().equals(tenantName)) {
        return s.tenant.label();
      }
    }
    return Tenant.labelFor(tenantName, true);
  }

  private static String optionalObject(ObjectNode fields, String name) {
    if (!BodyFields.present(fields, name)) {
      return null;
    }
    if (!fields.get(name).isObject()) {
      throw RefonteError.invalidParameter("\"" + name + "\" must be an object");
    }
    return Json.compact(fields.get(name));
  }
}
