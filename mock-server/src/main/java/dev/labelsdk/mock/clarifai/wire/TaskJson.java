package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.labelsdk.mock.clarifai.Task;
import dev.labelsdk.mock.clarifai.TaskCounts;
import dev.labelsdk.mock.clarifai.TaskMetrics;
import dev.labelsdk.mock.clarifai.TaskSpec;
import dev.labelsdk.mock.clarifai.TaskView;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tasks, their metrics and counts as responses show them (spec §3.1 to §3.5, §7.6). A task
 * always carries {@code worker}, {@code input_source}, {@code review} and {@code status}; the
 * worker and reviewer lists are echoed in every era's form (mock choice). Written straight to
 * a generator: tasks are the bulk of the hot answers.
 */
final class TaskJson {

  private TaskJson() {}

  static void write(JsonGenerator g, TaskView view) throws IOException {
    Task t = view.task();
    TaskSpec s = t.spec();
    g.writeStartObject();
    g.writeStringField("id", t.id());
    JsonOut.time(g, "created_at", t.createdAt());
    JsonOut.time(g, "modified_at", t.modifiedAt());
    JsonOut.enumNumber(g, "type", s.type());
    JsonOut.text(g, "description", s.description());
    g.writeFieldName("worker");
    worker(g, s.worker());
    if (!s.concepts().isEmpty()) {
      g.writeArrayFieldStart("concept_ids");
      for (TaskSpec.Concept c : s.concepts()) {
        g.writeString(c.id());
      }
      g.writeEndArray();
    }
    g.writeObjectFieldStart("input_source");
    JsonOut.enumNumber(g, "type", s.inputSource().type());
    JsonOut.text(g, "id", s.inputSource().id());
    g.writeEndObject();
    JsonOut.number(g, "sample_ms", s.sampleMs());
    JsonOut.tree(g, "ai_assistant", s.aiAssistant());
    g.writeFieldName("review");
    review(g, s.review());
    g.writeFieldName("status");
    JsonOut.status(g, t.status());
    JsonOut.text(g, "name", s.name());
    JsonOut.tree(g, "ai_assist_params", s.aiAssistParams());
    if (s.visibility() != null) {
      g.writeObjectFieldStart("visibility");
      JsonOut.enumNumber(g, "gettable", s.visibility());
      g.writeEndObject();
    }
    g.writeStringField("app_id", t.app().appId());
    g.writeStringField("user_id", t.app().userId());
    JsonOut.text(g, "label_order_id", s.labelOrderId());
    if (!s.concepts().isEmpty()) {
      g.writeArrayFieldStart("concepts");
      for (TaskSpec.Concept c : s.concepts()) {
        g.writeStartObject();
        g.writeObjectFieldStart("concept");
        g.writeStringField("id", c.id());
        g.writeStringField("name", c.name());
        g.writeNumberField("value", 1.0); // (mock choice) task concepts are echoed with value 1
        g.writeEndObject();
        JsonOut.tree(g, "auto_annotation_config", c.autoAnnotationConfig());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    JsonOut.flag(g, "delete_previous_annotations", s.deletePreviousAnnotations());
    if (view.metrics() != null) {
      g.writeFieldName("metrics");
      metrics(g, view.metrics());
    }
    JsonOut.enumNumber(g, "priority", s.priority());
    JsonOut.tree(g, "metadata", s.metadata());
    g.writeEndObject();
  }

  private static void worker(JsonGenerator g, TaskSpec.Worker w) throws IOException {
    g.writeStartObject();
    JsonOut.enumNumber(g, "strategy", w.strategy());
    users(g, w.userIds());
    if (!w.userIds().isEmpty()) {
      g.writeArrayFieldStart("workers");
      for (String u : w.userIds()) {
        JsonOut.userWorker(g, u);
      }
      g.writeEndArray();
    }
    TaskSpec.Partitioned p = w.partitioned();
    if (p != null) {
      g.writeObjectFieldStart("partitioned_strategy_info");
      JsonOut.enumNumber(g, "type", p.type());
      JsonOut.number(g, "workers_per_input", p.workersPerInput());
      if (!p.weights().isEmpty()) {
        g.writeObjectFieldStart("weights");
        for (Map.Entry<String, Double> weight : p.weights().entrySet()) {
          JsonOut.structNumber(g, weight.getKey(), weight.getValue());
        }
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    JsonOut.enumNumber(g, "type", w.type());
    g.writeEndObject();
  }

  private static void review(JsonGenerator g, TaskSpec.Review r) throws IOException {
    g.writeStartObject();
    JsonOut.enumNumber(g, "strategy", r.strategy());
    users(g, r.userIds());
    if (r.manual() != null) {
      g.writeObjectFieldStart("manual_strategy_info");
      if (r.manual().samplePercentage() != null && r.manual().samplePercentage() != 0) {
        g.writeNumberField("sample_percentage", r.manual().samplePercentage());
      }
      JsonOut.number(g, "approval_threshold", r.manual().approvalThreshold());
      g.writeEndObject();
    }
    if (r.consensus() != null) {
      g.writeObjectFieldStart("consensus_strategy_info");
      JsonOut.number(g, "approval_threshold", r.consensus().approvalThreshold());
      JsonOut.number(g, "approval_threshold_labelers", r.consensus().approvalThresholdLabelers());
      JsonOut.number(g, "approval_threshold_reviewers", r.consensus().approvalThresholdReviewers());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  /** {@code user_ids} and {@code users}, both omitted when empty. */
  private static void users(JsonGenerator g, List<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("user_ids");
    for (String id : ids) {
      g.writeString(id);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("users");
    for (String id : ids) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void metrics(JsonGenerator g, TaskMetrics m) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("work");
    JsonOut.u64(g, "inputs_count_estimated", m.workCount());
    JsonOut.number(g, "inputs_percent_estimated", m.workPercent());
    g.writeEndObject();
    g.writeObjectFieldStart("review");
    JsonOut.u64(g, "inputs_count_estimated", m.reviewCount());
    JsonOut.number(g, "inputs_percent_estimated", m.reviewPercent());
    if (!m.reviewCountPerReviewer().isEmpty()) {
      g.writeArrayFieldStart("inputs_count_estimated_per_reviewer");
      for (long c : m.reviewCountPerReviewer()) {
        g.writeString(Long.toString(c));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("inputs_reviewable_count_estimated_per_reviewer");
      for (long c : m.reviewableCountPerReviewer()) {
        g.writeString(Long.toString(c));
      }
      g.writeEndArray();
      g.writeArrayFieldStart("inputs_percent_estimated_per_reviewer");
      for (int p : m.reviewPercentPerReviewer()) {
        g.writeNumber(p);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeObjectFieldStart("input_source");
    JsonOut.u64(g, "inputs_count_estimated", m.inputSourceCount());
    g.writeEndObject();
    g.writeEndObject();
  }

  /** SingleTaskCountResponse's fields: {@code app_id}, {@code task_id}, {@code counts}. */
  static ResponseFields counts(TaskCounts c) {
    return new ResponseFields(Set.of("app_id", "task_id", "counts"), g -> {
      g.writeStringField("app_id", c.app().appId());
      g.writeStringField("task_id", c.taskId());
      g.writeArrayFieldStart("counts");
      for (TaskCounts.WorkerCounts w : c.counts()) {
        g.writeStartObject();
        g.writeStringField("user_id", w.userId());
        g.writeNumberField("pending", w.pending());
        g.writeNumberField("awaiting_review", w.awaitingReview());
        g.writeNumberField("success", w.success());
        g.writeNumberField("review_denied", w.reviewDenied());
        g.writeNumberField("awaiting_consensus_review", w.awaitingConsensusReview());
        g.writeFieldName("worker");
        JsonOut.userWorker(g, w.userId());
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }
}
