package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The Refonte v1 task API as plain Java: tenants, tasks, batches, projects, files, teams, the
 * Idempotency-Key protocol, the rate limit, the test-mode lifecycle and callbacks. It knows
 * nothing about HTTP: operations take typed requests and return typed views ({@link TaskView},
 * {@link BatchView}, {@link ProjectView}, ...), or throw {@link RefonteError} with an
 * {@link ErrorCode}; {@code refonte/wire} decodes, renders and maps codes to statuses.
 *
 * <p>Thread-safe. Each tenant has a read/write lock; a failed operation changes nothing.
 */
public final class RefonteEngine implements AutoCloseable {

  final RefonteConfig config;
  final MockClock clock;
  final TaskIds ids = new TaskIds();
  volatile PageTokens pageTokens = new PageTokens();
  private final ApiKeys apiKeys;
  private final ConcurrentHashMap<String, TenantState> tenants = new ConcurrentHashMap<>();
  private final AtomicInteger tenantNumbers = new AtomicInteger();
  private final AtomicLong sequence = new AtomicLong();
  private final IdempotencyStore idempotency;
  private final CallbackDispatcher callbacks;
  private volatile RateLimit rateLimit;

  private final TaskOperations tasks;
  private final BatchOperations batches;
  private final ProjectOperations projects;
  private final AccountOperations account;
  private final ControlOperations control;

  public RefonteEngine(RefonteConfig config, MockClock clock, CallbackSender callbackSender) {
    this.config = config;
    this.clock = clock;
    this.apiKeys = new ApiKeys(config);
    this.rateLimit = config.rateLimit();
    this.idempotency = new IdempotencyStore(
        config.idempotencyTtl(), config.idempotencyMaxRecords(), config.idempotencyMaxRecordsPerTenant());
    this.callbacks = new CallbackDispatcher(clock, callbackSender, config, this::callbackConcluded);
    this.tasks = new TaskOperations(this);
    this.batches = new BatchOperations(this);
    this.projects = new ProjectOperations(this);
    this.account = new AccountOperations(this);
    this.control = new ControlOperations(this);
  }

  public TaskOperations tasks() {
    return tasks;
  }

  public BatchOperations batches() {
    return batches;
  }

  public ProjectOperations projects() {
    return projects;
  }

  /** Files and team members. */
  public AccountOperations account() {
    return account;
  }

  /** What the control plane ({@code /__admin/refonte}) does: lifecycle, dumps, reset. */
  public ControlOperations control() {
    return control;
  }

  public IdempotencyStore idempotency() {
    return idempotency;
  }

  public MockClock clock() {
    return clock;
  }

  public RateLimit rateLimit() {
    return rateLimit;
  }

  public void setRateLimit(RateLimit limit) {
    this.rateLimit = limit;
  }

  /** The configuration this engine was built with. */
  public RefonteConfig config() {
    return config;
  }

  /**
   * Resolves an API key to its caller, creating the tenant on first use; a key the configured
   * mode does not accept is a 401, a new tenant beyond {@link RefonteConfig#maxTenants()} a 503.
   * Pair it with {@link #release}, which drops a tenant that still holds nothing.
   */
  public Caller authenticate(String apiKey) {
    ApiKeys.Identity id = apiKeys.identify(apiKey);
    if (id == null) {
      throw RefonteError.unauthorized();
    }
    TenantState state = tenants.compute(id.tenant(), (name, current) -> {
      TenantState s = current;
      if (s == null) {
        if (tenants.size() >= config.maxTenants()) {
          throw RefonteError.mockFull("The mock already holds data for " + config.maxTenants()
              + " tenants, its maximum; reset it or raise maxTenants.");
        }
        s = newTenant(id);
      }
      s.requestsInProgress++;
      return s;
    });
    return new Caller(state, id.testKey());
  }

  /**
   * Ends a request begun by {@link #authenticate}. A tenant none of whose requests changed
   * anything (say, only 404s and empty lists) is forgotten once it has no request in progress,
   * so a failed request creates no tenant.
   */
  public void release(Caller caller) {
    TenantState s = caller.state;
    tenants.computeIfPresent(s.tenant.name(), (name, current) -> {
      if (current != s) {
        return current;
      }
      s.requestsInProgress--;
      return s.requestsInProgress == 0 && !s.holdsData ? null : s;
    });
  }

  private TenantState newTenant(ApiKeys.Identity id) {
    RefonteConfig.ApiKey entry = id.entry();
    String email = entry != null && entry.email() != null ? entry.email() : config.defaultEmail();
    String callbackKey =
        entry != null && entry.callbackAuthKey() != null
            ? entry.callbackAuthKey()
            : config.callbackAuthKey();
    Tenant tenant =
        new Tenant(id.tenant(), tenantNumbers.incrementAndGet(),
            Tenant.labelFor(id.tenant(), id.tenantIsKey()), email, callbackKey,
            entry == null ? java.util.Set.of() : entry.disabledTaskTypes());
    return new TenantState(tenant);
  }

  /**
   * Runs at the start of every authenticated API request: completes the tenant's test tasks
   * whose create request has been answered (spec §6.2).
   */
  public void beginRequest(Caller caller) {
    TenantState s = caller.state;
    if (!s.hasDueTestTasks) {
      return;
    }
    write(s, () -> {
      Task t;
      while ((t = s.dueTestTasks.poll()) != null) {
        if (t.status == TaskStatus.PENDING) {
          complete(s, t, placeholderResponse(t), null);
        }
      }
      s.hasDueTestTasks = false;
      return null;
    });
  }

  // ---- snapshots ----

  /**
   * Writes all Refonte state as one JSON object (see {@link RefonteSnapshot}): what
   * {@link #restore} takes back. Tenants that hold nothing are left out. Take it between
   * requests: one in progress may or may not be in it.
   */
  public void writeSnapshot(JsonGenerator g) throws IOException {
    Map<String, TenantState> holding = new HashMap<>();
    tenants.forEach((name, s) -> {
      if (s.holdsData) {
        holding.put(name, s);
      }
    });
    RefonteSnapshot.write(g, new RefonteSnapshot.Contents(sequence.get(), tenantNumbers.get(),
        pageTokens.key(), holding, idempotency.entries(), callbacks.pending(), 0));
  }

  /** {@link #writeSnapshot} as bytes. */
  public byte[] snapshot() {
    return Json.write(this::writeSnapshot);
  }

  /**
   * Replaces all Refonte state with a snapshot's, and moves the clock forward if it reads
   * earlier than the snapshot's latest time. A document that is not a snapshot is an
   * {@link IllegalArgumentException} and changes nothing. Scheduled callbacks are sent when due.
   */
  public void restore(JsonNode snapshot) {
    restoring(snapshot).run();
  }

  /**
   * The first half of {@link #restore}: reads the whole snapshot now (an
   * {@link IllegalArgumentException} if it is not one) and returns what installs it, so several
   * engines can check their parts before any of them changes.
   */
  public Runnable restoring(JsonNode snapshot) {
    return restoring(Json.MAPPER.treeAsTokens(snapshot == null ? Json.MAPPER.nullNode() : snapshot));
  }

  /** {@link #restoring(JsonNode)} read from a stream, one task at a time (for large snapshots). */
  public Runnable restoring(JsonParser snapshot) {
    RefonteSnapshot.Contents c = RefonteSnapshot.read(snapshot, apiKeys::callbackAuthKey);
    return () -> {
      clock.restore(0, c.latestTime());
      tenants.clear();
      tenants.putAll(c.tenants());
      sequence.set(c.sequence());
      tenantNumbers.set(c.tenantNumbers());
      pageTokens = new PageTokens(c.pageTokenKey());
      idempotency.restore(c.idempotency(), clock.millis());
      callbacks.restore(c.callbacks(), c.tenants()::get);
    };
  }

  // ---- shared by the operations classes ----

  List<TenantState> tenantStates() {
    return new ArrayList<>(tenants.values());
  }

  void clearTenants() {
    tenants.clear();
    idempotency.clear();
    callbacks.reset();
  }

  long nextSequence() {
    return sequence.incrementAndGet();
  }

  CallbackDispatcher callbacks() {
    return callbacks;
  }

  static <T> T read(TenantState s, Supplier<T> body) {
    s.lock.readLock().lock();
    try {
      return body.get();
    } finally {
      s.lock.readLock().unlock();
    }
  }

  /** Runs a change under the tenant's write lock; one that succeeds makes the tenant stay. */
  static <T> T write(TenantState s, Supplier<T> body) {
    s.lock.writeLock().lock();
    try {
      T result = body.get();
      s.holdsData = true;
      return result;
    } finally {
      s.lock.writeLock().unlock();
    }
  }

  /** pending → completed (spec §6.1). Caller holds the write lock. */
  void complete(TenantState s, Task t, String responseJson, ReviewStatus review) {
    long now = clock.millis();
    s.tasks.update(t, task -> {
      task.status = TaskStatus.COMPLETED;
      task.responseJson = responseJson;
      task.completedAt = now;
      task.updatedAt = now;
      if (review != null) {
        task.reviewStatus = review;
      }
    });
    fireCallback(s, t);
  }

  /** pending → error (spec §6.1). Caller holds the write lock. */
  void fail(TenantState s, Task t, String message) {
    long now = clock.millis();
    String response = Json.compact(Json.MAPPER.createObjectNode().put("error", message));
    s.tasks.update(t, task -> {
      task.status = TaskStatus.ERROR;
      task.responseJson = response;
      task.updatedAt = now;
      if (task.clearUniqueIdOnError) {
        task.uniqueId = null;
      }
    });
    fireCallback(s, t);
  }

  /** completed → completed again (spec §6.1). Caller holds the write lock. */
  void redo(TenantState s, Task t, String responseJson) {
    long now = clock.millis();
    s.tasks.update(t, task -> {
      task.timesRedone++;
      if (responseJson != null) {
        task.responseJson = responseJson;
      }
      task.updatedAt = now;
    });
    fireCallback(s, t);
  }

  /**
   * The response a completion gets when none is given: the first category for categorization
   * tasks that have categories, {@code {}} otherwise (mock choice).
   */
  static String placeholderResponse(Task t) {
    if (t.type.equals("categorization")) {
      var categories = Json.tree(t.paramsJson).get("categories");
      if (categories != null && categories.isArray() && !categories.isEmpty()) {
        return Json.compact(Json.MAPPER.createObjectNode().set("category", categories.get(0)));
      }
    }
    return "{}";
  }

  private void fireCallback(TenantState s, Task t) {
    URI url = CallbackDispatcher.deliverable(t.callbackUrl);
    if (url == null || !config.callbacksEnabled()) {
      return;
    }
    byte[] payload =
        Json.write(g -> {
          g.writeStartObject();
          g.writeFieldName("task");
          TaskJson.write(g, TaskView.of(t));
          g.writeFieldName("response");
          g.writeRawValue(t.responseJson);
          g.writeStringField("task_id", t.id);
          g.writeStringField("status", t.status.wire());
          g.writeEndObject();
        });
    callbacks.enqueue(s, t.id, url, t.status.wire(), payload, s.tenant.callbackAuthKey());
  }

  private void callbackConcluded(CallbackDispatcher.Delivery d, boolean success) {
    write(d.tenant, () -> {
      Task t = d.tenant.tasks.get(d.taskId);
      if (t != null) {
        t.callbackCompleted = success; // not a change of a stored field: updated_at stays
      }
      return null;
    });
  }

  @Override
  public void close() {
    callbacks.close();
  }
}
