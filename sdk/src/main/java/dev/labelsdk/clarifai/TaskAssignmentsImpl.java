package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The {@link TaskAssignments} that calls the API. Its call builders ({@code xxxCalls}) and
 * decoders are shared with {@link TaskAssignmentsAsyncImpl}: both paths send the same request.
 */
final class TaskAssignmentsImpl implements TaskAssignments {

  /** The review decisions: each an action and the key of its config. */
  enum Decision {
    APPROVE("REVIEW_APPROVE", "review_approve_config"),
    REQUEST_CHANGES("REVIEW_REQUEST_CHANGES", "review_request_changes_config"),
    REJECT("REVIEW_REJECT", "review_reject_config");

    final String action;
    final String configKey;

    Decision(String action, String configKey) {
      this.action = action;
      this.configKey = configKey;
    }
  }

  /** Decodes the answer of every {@code PUT .../assignments}. */
  static final Decoder<List<TaskAssignment>> ASSIGNMENTS =
      Responses.list("task_assignments", TaskAssignment.class);
  /** Decodes the answer of {@link #next()}. */
  static final Decoder<List<Input>> INPUTS = Responses.list("inputs", Input.class);

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
    return send(labelStartCalls());
  }

  @Override
  public List<TaskAssignment> submit(String... assignmentIds) {
    return send(submitCalls(Arrays.asList(assignmentIds)));
  }


  @Override
  public List<TaskAssignment> submitInput(String inputId) {
    return send(submitInputCalls(inputId));
  }

  @Override
  public List<TaskAssignment> reviewStart(String... workerUserIds) {
    return send(reviewStartCalls(workerUserIds));
  }


  @Override
  public List<TaskAssignment> approve(String... assignmentIds) {
    return send(decideCalls(Decision.APPROVE, Arrays.asList(assignmentIds)));
  }

  @Override
  public List<TaskAssignment> approveWorkers(String... workerUserIds) {
    return send(decideWorkersCalls(Decision.APPROVE, workerUserIds));
  }


  @Override
  public List<TaskAssignment> requestChanges(String... assignmentIds) {
    return send(decideCalls(Decision.REQUEST_CHANGES, Arrays.asList(assignmentIds)));
  }

  @Override
  public List<TaskAssignment> requestChangesWorkers(String... workerUserIds) {
    return send(decideWorkersCalls(Decision.REQUEST_CHANGES, workerUserIds));
  }


  @Override
  public List<TaskAssignment> reject(String... assignmentIds) {
    return send(decideCalls(Decision.REJECT, Arrays.asList(assignmentIds)));
  }

  @Override
  public List<TaskAssignment> rejectWorkers(String... workerUserIds) {
    return send(decideWorkersCalls(Decision.REJECT, workerUserIds));
  }

  @Override
  public List<Input> next() {
    return executor.execute(Safety.IDEMPOTENT, nextCalls(), INPUTS);
  }

  /** The calls of {@code LABEL_START}. */
  CallExecutor.CallFactory labelStartCalls() {
    return putCalls("LABEL_START", null, null);
  }

  /** The calls of {@code LABEL_SUBMIT} for assignments by id. */
  CallExecutor.CallFactory submitCalls(List<String> assignmentIds) {
    return putCalls("LABEL_SUBMIT", "label_submit_config", assignments(assignmentIds));
  }

  /** The calls of {@code LABEL_SUBMIT} for one input (the deprecated {@code input_id} form). */
  CallExecutor.CallFactory submitInputCalls(String inputId) {
    PathSegments.require(inputId, "inputId");
    return putCalls(JsonSupport.newObject().put("action", "LABEL_SUBMIT")
        .put("input_id", inputId));
  }

  /** The calls of {@code REVIEW_START}, for some workers or (none given) all. */
  CallExecutor.CallFactory reviewStartCalls(String... workerUserIds) {
    return workerUserIds.length == 0 ? putCalls("REVIEW_START", null, null)
        : putCalls("REVIEW_START", "review_start_config", workers(workerUserIds));
  }

  /** The calls of a review decision on assignments by id. */
  CallExecutor.CallFactory decideCalls(Decision decision, List<String> assignmentIds) {
    return putCalls(decision.action, decision.configKey, assignments(assignmentIds));
  }

  /** The calls of a review decision on everything some workers have awaiting review. */
  CallExecutor.CallFactory decideWorkersCalls(Decision decision, String... workerUserIds) {
    return putCalls(decision.action, decision.configKey, workers(workerUserIds));
  }

  /** The calls of {@link #next()}. */
  CallExecutor.CallFactory nextCalls() {
    return headers -> service.listNextTaskAssignments(taskId, headers);
  }

  /** The config naming assignments by id. */
  private static ObjectNode assignments(List<String> assignmentIds) {
    ObjectNode config = JsonSupport.newObject();
    Ids.objects(config, "task_assignments", Ids.require(assignmentIds, "task assignment id"));
    return config;
  }

  /** The config naming workers by user id. */
  private static ObjectNode workers(String... workerUserIds) {
    ObjectNode config = JsonSupport.newObject();
    Ids.users(config, "workers", Ids.require(Arrays.asList(workerUserIds), "worker user id"));
    return config;
  }

  private CallExecutor.CallFactory putCalls(String action, String configKey, ObjectNode config) {
    ObjectNode body = JsonSupport.newObject().put("action", action);
    if (configKey != null) {
      body.set(configKey, config);
    }
    return putCalls(body);
  }

  private CallExecutor.CallFactory putCalls(ObjectNode body) {
    return headers -> service.putTaskAssignments(taskId, body, headers);
  }

  // Every action is a PUT of a state the assignments end in: repeating it changes nothing.
  private List<TaskAssignment> send(CallExecutor.CallFactory calls) {
    return executor.execute(Safety.IDEMPOTENT, calls, ASSIGNMENTS);
  }

  /** The ids of {@code assignments}, in order: the by-id calls take them. */
  static String[] idsOf(Collection<TaskAssignment> assignments) {
    return assignments.stream().map(TaskAssignment::id).toArray(String[]::new);
  }
}
