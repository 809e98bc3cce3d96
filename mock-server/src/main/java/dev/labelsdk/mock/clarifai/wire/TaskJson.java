package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.Task;
import dev.labelsdk.mock.clarifai.TaskCounts;
import dev.labelsdk.mock.clarifai.TaskMetrics;
import dev.labelsdk.mock.clarifai.TaskSpec;
import dev.labelsdk.mock.clarifai.TaskView;
import java.util.List;

/**
 * Tasks, their metrics and counts as responses show them (spec §3.1 to §3.5, §7.6). A task
 * always carries {@code worker}, {@code input_source}, {@code review} and {@code status}; the
 * worker and reviewer lists are echoed in every era's form (mock choice).
 */
final class TaskJson {

  private TaskJson() {}

  static ObjectNode task(TaskView view) {
    Task t = view.task();
    TaskSpec s = t.spec();
    ObjectNode o = JsonOut.object();
    o.put("id", t.id());
    JsonOut.time(o, "created_at", t.createdAt());
    JsonOut.time(o, "modified_at", t.modifiedAt());
    JsonOut.enumNumber(o, "type", s.type());
    JsonOut.text(o, "description", s.description());
    o.set("worker", worker(s.worker()));
    if (!s.concepts().isEmpty()) {
      ArrayNode ids = o.putArray("concept_ids");
      s.concepts().forEach(c -> ids.add(c.id()));
    }
    ObjectNode source = o.putObject("input_source");
    JsonOut.enumNumber(source, "type", s.inputSource().type());
    JsonOut.text(source, "id", s.inputSource().id());
    JsonOut.number(o, "sample_ms", s.sampleMs());
    JsonOut.tree(o, "ai_assistant", s.aiAssistant());
    o.set("review", review(s.review()));
    o.set("status", JsonOut.status(t.status()));
    JsonOut.text(o, "name", s.name());
    JsonOut.tree(o, "ai_assist_params", s.aiAssistParams());
    if (s.visibility() != null) {
      JsonOut.enumNumber(o.putObject("visibility"), "gettable", s.visibility());
    }
    o.put("app_id", t.app().appId());
    o.put("user_id", t.app().userId());
    JsonOut.text(o, "label_order_id", s.labelOrderId());
    if (!s.concepts().isEmpty()) {
      ArrayNode concepts = o.putArray("concepts");
      for (TaskSpec.Concept c : s.concepts()) {
        ObjectNode tc = concepts.addObject();
        // (mock choice) task concepts are echoed with value 1
        tc.putObject("concept").put("id", c.id()).put("name", c.name()).put("value", 1.0);
        JsonOut.tree(tc, "auto_annotation_config", c.autoAnnotationConfig());
      }
    }
    JsonOut.flag(o, "delete_previous_annotations", s.deletePreviousAnnotations());
    if (view.metrics() != null) {
      o.set("metrics", metrics(view.metrics()));
    }
    JsonOut.enumNumber(o, "priority", s.priority());
    JsonOut.tree(o, "metadata", s.metadata());
    return o;
  }

  private static ObjectNode worker(TaskSpec.Worker w) {
    ObjectNode o = JsonOut.object();
    JsonOut.enumNumber(o, "strategy", w.strategy());
    users(o, w.userIds());
    if (!w.userIds().isEmpty()) {
      ArrayNode workers = o.putArray("workers");
      w.userIds().forEach(u -> workers.add(JsonOut.userWorker(u)));
    }
    TaskSpec.Partitioned p = w.partitioned();
    if (p != null) {
      ObjectNode info = o.putObject("partitioned_strategy_info");
      JsonOut.enumNumber(info, "type", p.type());
      JsonOut.number(info, "workers_per_input", p.workersPerInput());
      if (!p.weights().isEmpty()) {
        ObjectNode weights = info.putObject("weights");
        p.weights().forEach((user, weight) -> JsonOut.structNumber(weights, user, weight));
      }
    }
    JsonOut.enumNumber(o, "type", w.type());
    return o;
  }

  private static ObjectNode review(TaskSpec.Review r) {
    ObjectNode o = JsonOut.object();
    JsonOut.enumNumber(o, "strategy", r.strategy());
    users(o, r.userIds());
    if (r.manual() != null) {
      ObjectNode m = o.putObject("manual_strategy_info");
      if (r.manual().samplePercentage() != null && r.manual().samplePercentage() != 0) {
        m.put("sample_percentage", r.manual().samplePercentage());
      }
      JsonOut.number(m, "approval_threshold", r.manual().approvalThreshold());
    }
    if (r.consensus() != null) {
      ObjectNode c = o.putObject("consensus_strategy_info");
      JsonOut.number(c, "approval_threshold", r.consensus().approvalThreshold());
      JsonOut.number(c, "approval_threshold_labelers", r.consensus().approvalThresholdLabelers());
      JsonOut.number(c, "approval_threshold_reviewers", r.consensus().approvalThresholdReviewers());
    }
    return o;
  }

  /** {@code user_ids} and {@code users}, both omitted when empty. */
  private static void users(ObjectNode o, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    ArrayNode userIds = o.putArray("user_ids");
    ArrayNode users = o.putArray("users");
    for (String id : ids) {
      userIds.add(id);
      users.addObject().put("id", id);
    }
  }

  static ObjectNode metrics(TaskMetrics m) {
    ObjectNode o = JsonOut.object();
    ObjectNode work = o.putObject("work");
    JsonOut.u64(work, "inputs_count_estimated", m.workCount());
    JsonOut.number(work, "inputs_percent_estimated", m.workPercent());
    ObjectNode review = o.putObject("review");
    JsonOut.u64(review, "inputs_count_estimated", m.reviewCount());
    JsonOut.number(review, "inputs_percent_estimated", m.reviewPercent());
    if (!m.reviewCountPerReviewer().isEmpty()) {
      ArrayNode counts = review.putArray("inputs_count_estimated_per_reviewer");
      m.reviewCountPerReviewer().forEach(c -> counts.add(Long.toString(c)));
      ArrayNode reviewable = review.putArray("inputs_reviewable_count_estimated_per_reviewer");
      m.reviewableCountPerReviewer().forEach(c -> reviewable.add(Long.toString(c)));
      ArrayNode percent = review.putArray("inputs_percent_estimated_per_reviewer");
      m.reviewPercentPerReviewer().forEach(percent::add);
    }
    JsonOut.u64(o.putObject("input_source"), "inputs_count_estimated", m.inputSourceCount());
    return o;
  }

  /** SingleTaskCountResponse's fields: {@code app_id}, {@code task_id}, {@code counts}. */
  static ObjectNode counts(TaskCounts c) {
    ObjectNode o = JsonOut.object();
    o.put("app_id", c.app().appId());
    o.put("task_id", c.taskId());
    ArrayNode counts = o.putArray("counts");
    for (TaskCounts.WorkerCounts w : c.counts()) {
      ObjectNode e = counts.addObject();
      e.put("user_id", w.userId());
      e.put("pending", w.pending());
      e.put("awaiting_review", w.awaitingReview());
      e.put("success", w.success());
      e.put("review_denied", w.reviewDenied());
      e.put("awaiting_consensus_review", w.awaitingConsensusReview());
      e.set("worker", JsonOut.userWorker(w.userId()));
    }
    return o;
  }
}
