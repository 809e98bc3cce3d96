package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.time.Duration;
import java.util.ArrayList;
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

  /** A task with the label of the tenant owning it. */
  public record OwnedTask(TaskView task, String tenant) {}

  /** One tenant in the state dump: its tasks, batches and projects, and how many files it has. */
  public record TenantContents(String tenant, String email, List<TaskView> tasks,
      List<BatchView> batches, List<ProjectView> projects, int files) {}

  /** One Idempotency-Key record in the state dump; {@code status} and {@code savedAt} once done. */
  public record KeyRecord(String key, String tenant, boolean done, int status, long savedAt) {}

  /** What {@code GET /__admin/refonte/state} shows of the engine. */
  public record State(List<TenantContents> tenants, List<KeyRecord> idempotencyRecords,
      int scheduledCallbacks, long now) {}

  /**
   * pending → completed with {@code response} (null: the placeholder of spec §6.2) and an
   * optional {@code customer_review_status}.
   */
  public TaskView complete(String taskId, ObjectNode response, ReviewStatus reviewStatus) {
    String json = response == null ? null : storedJson(response, "response");
    return onPendingTask(taskId, (s, t) ->
        engine.complete(s, t, json != null ? json : RefonteEngine.placeholderResponse(t), reviewStatus));
  }

  /** pending → error with {@code message} (null: a default text). */
  public TaskView error(String taskId, String message) {
    Limits.storable(message, "message");
    return onPendingTask(taskId, (s, t) ->
        engine.fail(s, t, message != null ? message : "Task failed (set by the mock control API)."));
  }

  /** completed → completed, {@code times_redone} + 1, with a new {@code response} unless null. */
  public TaskView redo(String taskId, ObjectNode response) {
    String json = response == null ? null : storedJson(response, "response");
    TenantState s = owner(taskId);
    return RefonteEngine.write(s, () -> {
      Task t = s.task(taskId);
      if (t.status != TaskStatus.COMPLETED) {
        throw RefonteError.invalidState(
            "Task " + taskId + " is " + t.status.wire() + "; only completed tasks can be redone.");
      }
      engine.redo(s, t, json);
      return TaskView.of(t);
    });
  }

  /** The task with the label of its tenant. */
  public OwnedTask task(String taskId) {
    TenantState s = owner(taskId);
    return RefonteEngine.read(s, () -> new OwnedTask(TaskView.of(s.task(taskId)), s.tenant.label()));
  }

  /** Every tenant with its tasks, batches and projects, plus the idempotency records. */
  public State state() {
    List<TenantContents> tenants = new ArrayList<>();
    for (TenantState s : engine.tenantStates()) {
      tenants.add(RefonteEngine.read(s, () -> {
        List<TaskView> tasks = new ArrayList<>();
        s.tasks.all().forEach(t -> tasks.add(TaskView.of(t)));
        return new TenantContents(s.tenant.label(), s.tenant.email(), tasks,
            s.batches.values().stream().map(BatchView::of).toList(),
            s.projects.values().stream().map(ProjectView::of).toList(), s.files.size());
      }));
    }
    List<KeyRecord> keys = engine.idempotency().describe().stream()
        .map(k -> new KeyRecord(k.key(), labelOf(k.tenant()), k.done(), k.status(), k.savedAt()))
        .toList();
    return new State(tenants, keys, engine.callbacks().scheduled(), engine.clock.millis());
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

  private TaskView onPendingTask(String taskId, Transition transition) {
    TenantState s = owner(taskId);
    return RefonteEngine.write(s, () -> {
      Task t = s.task(taskId);
      if (t.status != TaskStatus.PENDING) {
        throw RefonteError.invalidState(
            "Task " + taskId + " is " + t.status.wire() + "; only pending tasks can change state.");
      }
      transition.apply(s, t);
      return TaskView.of(t);
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

  /** A response as a task stores it: compact JSON that can be shown again. */
  private static String storedJson(ObjectNode value, String field) {
    Limits.storable(value, field);
    return Json.compact(value);
  }
}
