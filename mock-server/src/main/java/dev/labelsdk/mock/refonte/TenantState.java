package dev.labelsdk.mock.refonte;

import dev.labelsdk.mock.common.TokenBucket;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Everything one tenant owns. Reads take {@link #lock}'s read lock, changes its write lock;
 * the token bucket has its own.
 */
final class TenantState {

  /** A team member of {@code GET /v1/teams}. */
  record Member(String email, String role) {}

  final Tenant tenant;
  final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  final TaskIndex tasks = new TaskIndex();
  final Map<String, Batch> batches = new LinkedHashMap<>();
  final Map<String, Project> projects = new LinkedHashMap<>();
  final Map<String, Member> team = new LinkedHashMap<>();
  final List<Map<String, Object>> files = new ArrayList<>();
  /** Test-key tasks created but not yet auto-completed (spec §6.2). */
  final ArrayDeque<Task> dueTestTasks = new ArrayDeque<>();
  volatile boolean hasDueTestTasks;
  final TokenBucket createBudget = new TokenBucket();
  /** Set by the first change that succeeds: until then the tenant is dropped when idle. */
  volatile boolean holdsData;
  /** Requests between {@code authenticate} and {@code release}; guarded by the tenants map. */
  int requestsInProgress;

  TenantState(Tenant tenant) {
    this.tenant = tenant;
    team.put(tenant.email(), new Member(tenant.email(), "admin"));
  }

  Task task(String id) {
    Task t = tasks.get(id);
    if (t == null) {
      throw RefonteError.notFound("Task " + id + " not found.");
    }
    return t;
  }

  Batch batch(String name) {
    Batch b = batches.get(name);
    if (b == null) {
      throw RefonteError.notFound("Batch \"" + name + "\" not found.");
    }
    return b;
  }

  Project project(String name) {
    Project p = projects.get(name);
    if (p == null) {
      throw RefonteError.notFound("Project \"" + name + "\" not found.");
    }
    return p;
  }
}
