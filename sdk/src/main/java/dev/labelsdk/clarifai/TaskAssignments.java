package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.ClarifaiExecutor.Safety;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Labeling and review on one task: {@code client.tasks().assignments(taskId)} (spec §8). Every
 * action acts as the caller, the key's user: labeling needs a worker of the task, review a
 * reviewer or the app owner (else {@link PermissionDeniedException}), and both need the task in
 * progress (else {@link ConflictException}). Each is a {@code PUT .../tasks/{id}/assignments}
 * and returns the assignments it touched, as they are afterwards.
 *
 * <pre>{@code
 * TaskAssignments work = worker.tasks().assignments(task.id());
 * List<TaskAssignment> batch = work.labelStart();
 * for (TaskAssignment a : batch) {
 *   worker.annotations().create(Annotation.builder().inputId(a.inputId()).taskId(task.id())
 *       .concepts(Concept.of("water")).draft().build());
 * }
 * work.submit(batch);
 *
 * TaskAssignments review = reviewer.tasks().assignments(task.id());
 * review.approve(review.reviewStart());
 * }</pre>
 *
 * <p>The server may update annotations asynchronously after these calls; do not assume the
 * new states are visible at once everywhere.
 */
public final class TaskAssignments {

  private final ClarifaiService service;
  private final ClarifaiExecutor executor;
  private final String taskId;

  TaskAssignments(ClarifaiService service, ClarifaiExecutor executor, String taskId) {
    this.service = service;
    this.executor = executor;
    this.taskId = taskId;
  }

  /** The task these actions apply to. */
  public String taskId() {
    return taskId;
  }

  /**
   * The caller's next pending assignments (at most a batch, 10 on the mock): for a dynamic
   * task, new ones are handed out when the caller has none. Empty when nothing is left.
   */
  public List<TaskAssignment> labelStart() {
    return put("LABEL_START", null, null);
  }

  /** Submits the caller's labeled assignments; see {@link #submit(Collection)}. */
  public List<TaskAssignment> submit(String... assignmentIds) {
    return submitIds(Arrays.asList(assignmentIds));
  }

  /**
   * Submits the caller's labeled assignments ({@code LABEL_SUBMIT}): their annotations move on
   * to review, consensus or approval depending on the task's review strategy. Submitting an
   * assignment twice changes nothing.
   */
  public List<TaskAssignment> submit(Collection<TaskAssignment> assignments) {
    return submitIds(assignments.stream().map(TaskAssignment::id).toList());
  }

  private List<TaskAssignment> submitIds(List<String> ids) {
    ObjectNode config = JsonSupport.newObject();
    Ids.objects(config, "task_assignments", Ids.require(ids, "task assignment id"));
    return put("LABEL_SUBMIT", "label_submit_config", config);
  }

  /** Submits the caller's assignment for one input (the deprecated {@code input_id} form). */
  public List<TaskAssignment> submitInput(String inputId) {
    PathSegments.require(inputId, "inputId");
    ObjectNode body = JsonSupport.newObject().put("action", "LABEL_SUBMIT")
        .put("input_id", inputId);
    return send(body);
  }

  /**
   * Assignments awaiting review (at most a batch), optionally only those of some workers.
   * Reviewing needs the reviewer role or app ownership.
   */
  public List<TaskAssignment> reviewStart(String... workerUserIds) {
    if (workerUserIds.length == 0) {
      return put("REVIEW_START", null, null);
    }
    ObjectNode config = JsonSupport.newObject();
    Ids.users(config, "workers", Ids.require(Arrays.asList(workerUserIds), "worker user id"));
    return put("REVIEW_START", "review_start_config", config);
  }

  /**
   * Approves assignments awaiting review ({@code REVIEW_APPROVE}); they become
   * {@code TASK_ASSIGNMENT_SUCCESS} once enough reviewers approved (one, unless the consensus
   * review requires all).
   *
   * @throws ConflictException if one is not awaiting review (then nothing changes)
   */
  public List<TaskAssignment> approve(Collection<TaskAssignment> assignments) {
    return decide("REVIEW_APPROVE", "review_approve_config", idsOf(assignments));
  }

  /** Approves assignments by id; see {@link #approve(Collection)}. */
  public List<TaskAssignment> approve(String... assignmentIds) {
    return decide("REVIEW_APPROVE", "review_approve_config", Arrays.asList(assignmentIds));
  }

  /** Approves everything these workers have awaiting review. */
  public List<TaskAssignment> approveWorkers(String... workerUserIds) {
    return decideWorkers("REVIEW_APPROVE", "review_approve_config", workerUserIds);
  }

  /**
   * Sends assignments back to their workers ({@code REVIEW_REQUEST_CHANGES}): pending again,
   * approvals cleared; the worker edits and submits again.
   */
  public List<TaskAssignment> requestChanges(Collection<TaskAssignment> assignments) {
    return decide("REVIEW_REQUEST_CHANGES", "review_request_changes_config",
        idsOf(assignments));
  }

  /** Sends assignments back by id; see {@link #requestChanges(Collection)}. */
  public List<TaskAssignment> requestChanges(String... assignmentIds) {
    return decide("REVIEW_REQUEST_CHANGES", "review_request_changes_config",
        Arrays.asList(assignmentIds));
  }

  /** Sends back everything these workers have awaiting review. */
  public List<TaskAssignment> requestChangesWorkers(String... workerUserIds) {
    return decideWorkers("REVIEW_REQUEST_CHANGES", "review_request_changes_config",
        workerUserIds);
  }

  /** Rejects assignments ({@code REVIEW_REJECT}): final. */
  public List<TaskAssignment> reject(Collection<TaskAssignment> assignments) {
    return decide("REVIEW_REJECT", "review_reject_config", idsOf(assignments));
  }

  /** Rejects assignments by id; see {@link #reject(Collection)}. */
  public List<TaskAssignment> reject(String... assignmentIds) {
    return decide("REVIEW_REJECT", "review_reject_config", Arrays.asList(assignmentIds));
  }

  /** Rejects everything these workers have awaiting review. */
  public List<TaskAssignment> rejectWorkers(String... workerUserIds) {
    return decideWorkers("REVIEW_REJECT", "review_reject_config", workerUserIds);
  }

  /**
   * The inputs of the caller's next assignments ({@code GET .../assignments}, the deprecated
   * ListNextTaskAssignments); prefer {@link #labelStart()}, which returns the assignments.
   */
  public List<Input> next() {
    return executor.execute("ListNextTaskAssignments", Safety.IDEMPOTENT,
        headers -> service.listNextTaskAssignments(taskId, headers),
        Responses.list("inputs", Input::fromJson));
  }

  private List<TaskAssignment> decide(String action, String configKey, List<String> ids) {
    ObjectNode config = JsonSupport.newObject();
    Ids.objects(config, "task_assignments", Ids.require(ids, "task assignment id"));
    return put(action, configKey, config);
  }

  private List<TaskAssignment> decideWorkers(String action, String configKey,
      String... workerUserIds) {
    ObjectNode config = JsonSupport.newObject();
    Ids.users(config, "workers", Ids.require(Arrays.asList(workerUserIds), "worker user id"));
    return put(action, configKey, config);
  }

  private List<TaskAssignment> put(String action, String configKey, ObjectNode config) {
    ObjectNode body = JsonSupport.newObject().put("action", action);
    if (configKey != null) {
      body.set(configKey, config);
    }
    return send(body);
  }

  private List<TaskAssignment> send(ObjectNode body) {
    return executor.execute("PutTaskAssignments", Safety.IDEMPOTENT,
        headers -> service.putTaskAssignments(taskId, body, headers),
        Responses.list("task_assignments", TaskAssignment::fromJson));
  }

  private static List<String> idsOf(Collection<TaskAssignment> assignments) {
    return assignments.stream().map(TaskAssignment::id).toList();
  }
}
