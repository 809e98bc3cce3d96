package dev.labelsdk.mock.clarifai;

import java.util.List;

/**
 * A stored task: its normalized spec, lifecycle status (54001/54002/54003) and the input
 * snapshot taken at creation (spec §7.7), in input order. Immutable; updates make a copy.
 */
public record Task(String id, AppRef app, long createdAt, long modifiedAt, TaskSpec spec,
    StatusCode status, List<String> inputIds) {

  public Task {
    inputIds = List.copyOf(inputIds);
  }

  /** The effective worker list, in worker order. */
  public List<String> workers() {
    return spec.worker().userIds();
  }

  /** The effective reviewer list. */
  public List<String> reviewers() {
    return spec.review().userIds();
  }

  /** FULL, PARTITIONED or DYNAMIC (never NOT_SET once stored). */
  public WorkerStrategy strategy() {
    return spec.worker().strategy();
  }

  /** {@code workers_per_input}, 1 when there is no partitioned info (spec §3.2). */
  public int workersPerInput() {
    TaskSpec.Partitioned p = spec.worker().partitioned();
    return p == null || p.workersPerInput() == 0 ? 1 : p.workersPerInput();
  }

  /** Labeling and review happen only while the task is in progress (spec §7.4). */
  public boolean isOpen() {
    return status == StatusCode.TASK_IN_PROGRESS;
  }

  /** Whether {@code userId} may label: a listed worker, or anyone for an unlisted DYNAMIC task. */
  public boolean isWorker(String userId) {
    // (mock choice) a DYNAMIC task without workers is open to every user of the app
    return workers().contains(userId) || (strategy() == WorkerStrategy.DYNAMIC && workers().isEmpty());
  }

  /** A copy with another lifecycle status. */
  public Task withStatus(StatusCode newStatus, long now) {
    return new Task(id, app, createdAt, now, spec, newStatus, inputIds);
  }

  /** A copy with another spec, status and input snapshot. */
  public Task withSpec(TaskSpec newSpec, StatusCode newStatus, List<String> newInputs, long now) {
    return new Task(id, app, createdAt, now, newSpec, newStatus, newInputs);
  }

  /** Without {@code inputId} (the input was deleted); {@code modified_at} stays. */
  public Task withoutInput(String inputId) {
    return new Task(id, app, createdAt, modifiedAt, spec, status,
        inputIds.stream().filter(i -> !i.equals(inputId)).toList());
  }
}
