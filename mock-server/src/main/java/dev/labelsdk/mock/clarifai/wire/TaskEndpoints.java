package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.AssignmentAction;
import dev.labelsdk.mock.clarifai.AssignmentOperations;
import dev.labelsdk.mock.clarifai.AssignmentRequest;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.InputSourceType;
import dev.labelsdk.mock.clarifai.PatchAction;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.clarifai.Task;
import dev.labelsdk.mock.clarifai.TaskOperations;
import dev.labelsdk.mock.clarifai.TaskQuery;
import dev.labelsdk.mock.clarifai.TaskSpec;
import dev.labelsdk.mock.clarifai.TaskView;
import java.util.ArrayList;
import java.util.List;

/** The task routes of spec §1.1 over the engine: decode, call, render. */
final class TaskEndpoints {

  private final ClarifaiEngine engine;

  TaskEndpoints(ClarifaiEngine engine) {
    this.engine = engine;
  }

  Reply postTasks(Call c) {
    List<TaskSpec> specs = c.body().objects("tasks").stream().map(TaskDecoder::decode).toList();
    return tasks(engine.tasks().create(c.caller(), specs));
  }

  Reply getTask(Call c) {
    TaskView task = engine.tasks().get(c.caller(), c.param("task_id"), c.wantsMetrics());
    return Reply.single("task", g -> TaskJson.write(g, task));
  }

  Reply listTasks(Call c) {
    QueryReader q = c.query();
    List<String> workers = new ArrayList<>(q.list("worker_user_ids"));
    workers.addAll(q.list("worker_ids")); // the newest protos' name (S): user workers only
    TaskQuery query = new TaskQuery(workers, q.list("review_user_ids"), q.list("ids"),
        q.enumValue("input_source_type", InputSourceType.class), q.list("input_source_ids"),
        q.list("label_order_ids"), q.bool("including_label_order_tasks"));
    return Reply.list("tasks", engine.tasks().list(c.caller(), query, c.page(), c.wantsMetrics()),
        TaskJson::write);
  }

  /** PatchTasks: {@code overwrite} replaces whole tasks, {@code merge} sets their status. */
  Reply patchTasks(Call c) {
    PatchAction action = PatchAction.parse(c.body().string("action"));
    List<Fields> items = c.body().objects("tasks");
    return switch (action) {
      case OVERWRITE -> tasks(engine.tasks().overwrite(c.caller(),
          items.stream().map(TaskDecoder::decode).toList()));
      case MERGE -> tasks(engine.tasks().setStatus(c.caller(), items.stream()
          .map(t -> new TaskOperations.StatusChange(t.string("id"), TaskDecoder.status(t))).toList()));
      case REMOVE -> throw ClarifaiError.invalid("action must be \"overwrite\" or \"merge\" (got \"remove\")");
    };
  }

  Reply deleteTasks(Call c) {
    engine.tasks().delete(c.caller(), c.body().strings("ids"));
    return Reply.ok();
  }

  Reply annotationCounts(Call c) {
    return Reply.ok(TaskJson.counts(engine.tasks().annotationCounts(c.caller(), c.param("task_id"),
        c.query().list("user_ids"))));
  }

  Reply inputCounts(Call c) {
    return Reply.ok(TaskJson.counts(engine.tasks().inputCounts(c.caller(), c.param("task_id"),
        c.query().list("user_ids"))));
  }

  /** PutTaskAssignments: the config that goes with the action names the targets (spec §3.8). */
  Reply putAssignments(Call c) {
    Fields b = c.body();
    AssignmentAction action = b.enumValue("action", AssignmentAction.class,
        AssignmentAction.PUT_TASK_ASSIGNMENTS_REQUEST_ACTION_NOT_SET);
    Fields config = b.object(switch (action) {
      case LABEL_SUBMIT -> "label_submit_config";
      case REVIEW_START -> "review_start_config";
      case REVIEW_APPROVE -> "review_approve_config";
      case REVIEW_REQUEST_CHANGES -> "review_request_changes_config";
      case REVIEW_REJECT -> "review_reject_config";
      default -> "no_config";
    });
    List<String> assignmentIds = new ArrayList<>();
    List<String> workerIds = new ArrayList<>();
    if (config != null) {
      config.objects("task_assignments").forEach(a -> assignmentIds.add(a.string("id")));
      for (Fields w : config.objects("workers")) {
        Fields user = w.object("user");
        if (user != null && user.string("id") != null) {
          workerIds.add(user.string("id"));
        }
      }
    }
    if (assignmentIds.contains(null)) {
      throw ClarifaiError.invalid("every task assignment needs an id");
    }
    AssignmentRequest request = new AssignmentRequest(action, b.string("input_id"), assignmentIds, workerIds);
    return Reply.list("task_assignments",
        engine.assignments().put(c.caller(), c.param("task_id"), request), ResourceJson::assignment);
  }

  Reply listNextAssignments(Call c) {
    return Reply.list("inputs", engine.assignments().listNext(c.caller(), c.param("task_id")),
        ResourceJson::input);
  }

  Reply patchAnnotationsStatus(Call c) {
    Fields b = c.body();
    AssignmentOperations.StatusPatchResult r = engine.assignments().patchAnnotationsStatus(c.caller(),
        c.param("task_id"), b.enumValue("status_code", StatusCode.class, null), b.strings("user_ids"),
        b.enums("status_codes", StatusCode.class));
    ObjectNode fields = JsonOut.object();
    ArrayNode users = fields.putArray("user_ids");
    r.userIds().forEach(users::add);
    JsonOut.number(fields, "updated_count", r.updatedCount());
    return Reply.ok(fields);
  }

  private static Reply tasks(List<Task> tasks) {
    return Reply.list("tasks", tasks, (g, t) -> TaskJson.write(g, new TaskView(t, null)));
  }
}
