package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** The {@link TaskAssignments} that calls the API. */
final class TaskAssignmentsImpl implements TaskAssignments {

  private final ClarifaiService service;
  private final CallExecutor executor;
  private final String taskId;

  TaskAssignmentsImpl(ClarifaiService service, CallExecutor executor, String taskId) {
    this.service = service;
    this.executor = executor;
    this.taskId = taskId;
  }

  @Override
  public String taskId() {
    return taskId;
  }

  @Override
  public List<TaskAssignment> labelStart() {
    return put("LABEL_START", null, null);
  }

  @Override
  public List<TaskAssignment> submit(String... assignmentIds) {
    return submitIds(Arrays.asList(assignmentIds));
  }

  @Override
  public List<TaskAssignment> submit(Collection<TaskAssignment> assignments) {
    return submitIds(assignments.stream().map(TaskAssignment::id).toList());
  }

  private List<TaskAssignment> submitIds(List<String> ids) {
    ObjectNode config = JsonSupport.newObject();
    Ids.objects(config, "task_assignments", Ids.require(ids, "task assignment id"));
    return put("LABEL_SUBMIT", "label_submit_config", config);
  }

  @Override
  public List<TaskAssignment> submitInput(String inputId) {
    PathSegments.require(inputId, "inputId");
    ObjectNode body = JsonSupport.newObject().put("action", "LABEL_SUBMIT")
        .put("input_id", inputId);
    return send(body);
  }

  @Override
  public List<TaskAssignment> reviewStart(String... workerUserIds) {
    if (workerUserIds.length == 0) {
      return put("REVIEW_START", null, null);
    }
    ObjectNode config = JsonSupport.newObject();
    Ids.users(config, "workers", Ids.require(Arrays.asList(workerUserIds), "worker user id"));
    return put("REVIEW_START", "review_start_config", config);
  }

  @Override
  public List<TaskAssignment> approve(Collection<TaskAssignment> assignments) {
    return decide("REVIEW_APPROVE", "review_approve_config", idsOf(assignments));
  }

  @Override
  public List<TaskAssignment> approve(String... assignmentIds) {
    return decide("REVIEW_APPROVE", "review_approve_config", Arrays.asList(assignmentIds));
  }

  @Override
  public List<TaskAssignment> approveWorkers(String... workerUserIds) {
    return decideWorkers("REVIEW_APPROVE", "review_approve_config", workerUserIds);
  }

  @Override
  public List<TaskAssignment> requestChanges(Collection<TaskAssignment> assignments) {
    return decide("REVIEW_REQUEST_CHANGES", "review_request_changes_config",
        idsOf(assignments));
  }

  @Override
  public List<TaskAssignment> requestChanges(String... assignmentIds) {
    return decide("REVIEW_REQUEST_CHANGES", "review_request_changes_config",
        Arrays.asList(assignmentIds));
  }

  @Override
  public List<TaskAssignment> requestChangesWorkers(String... workerUserIds) {
    return decideWorkers("REVIEW_REQUEST_CHANGES", "review_request_changes_config",
        workerUserIds);
  }

  @Override
  public List<TaskAssignment> reject(Collection<TaskAssignment> assignments) {
    return decide("REVIEW_REJECT", "review_reject_config", idsOf(assignments));
  }

  @Override
  public List<TaskAssignment> reject(String... assignmentIds) {
    return decide("REVIEW_REJECT", "review_reject_config", Arrays.asList(assignmentIds));
  }

  @Override
  public List<TaskAssignment> rejectWorkers(String... workerUserIds) {
    return decideWorkers("REVIEW_REJECT", "review_reject_config", workerUserIds);
  }

  @Override
  public List<Input> next() {
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.listNextTaskAssignments(taskId, headers),
        Responses.list("inputs", Input.class));
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
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.putTaskAssignments(taskId, body, headers),
        Responses.list("task_assignments", TaskAssignment.class));
  }

  private static List<String> idsOf(Collection<TaskAssignment> assignments) {
    return assignments.stream().map(TaskAssignment::id).toList();
  }
}
