package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.InputSourceType;
import dev.labelsdk.mock.clarifai.PartitionedType;
import dev.labelsdk.mock.clarifai.ReviewStrategy;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.clarifai.TaskPriority;
import dev.labelsdk.mock.clarifai.TaskSpec;
import dev.labelsdk.mock.clarifai.TaskType;
import dev.labelsdk.mock.clarifai.Visibility;
import dev.labelsdk.mock.clarifai.WorkerStrategy;
import dev.labelsdk.mock.clarifai.WorkerType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Task of a request body as a {@link TaskSpec} (spec §3.1 to §3.4): the three worker forms
 * ({@code user_ids}, {@code users}, {@code workers}) merged in that order, the two reviewer
 * forms merged, and the effective concepts ({@code concepts} when non-empty, else
 * {@code concept_ids}).
 */
final class TaskDecoder {

  private TaskDecoder() {}

  static TaskSpec decode(Fields t) {
    return new TaskSpec(
        t.string("id"),
        t.enumValue("type", TaskType.class, TaskType.TYPE_NOT_SET),
        t.string("description"),
        t.string("name"),
        worker(t.object("worker")),
        concepts(t),
        source(t.object("input_source")),
        t.uint32("sample_ms"),
        t.struct("ai_assistant"),
        review(t.object("review")),
        status(t),
        t.struct("ai_assist_params"),
        visibility(t.object("visibility")),
        t.string("label_order_id"),
        t.bool("delete_previous_annotations"),
        t.enumValue("priority", TaskPriority.class, TaskPriority.TASK_PRIORITY_NOT_SET),
        t.struct("metadata"));
  }

  /** {@code status.code} (name or number), or null when no status was sent. */
  static StatusCode status(Fields t) {
    Fields status = t.object("status");
    return status == null ? null : status.enumValue("code", StatusCode.class, null);
  }

  private static TaskSpec.Worker worker(Fields w) {
    if (w == null) {
      return new TaskSpec.Worker(WorkerStrategy.WORKER_STRATEGY_NOT_SET, List.of(), null,
          WorkerType.WORKER_TYPE_NOT_SET, false);
    }
    List<String> ids = new ArrayList<>(w.strings("user_ids"));
    w.objects("users").forEach(u -> ids.add(required(u, "id")));
    boolean automated = false;
    for (Fields worker : w.objects("workers")) {
      Fields user = worker.object("user");
      if (user != null) {
        ids.add(required(user, "id"));
      }
      automated |= worker.has("model") || worker.has("workflow");
    }
    return new TaskSpec.Worker(
        w.enumValue("strategy", WorkerStrategy.class, WorkerStrategy.WORKER_STRATEGY_NOT_SET),
        ids, partitioned(w.object("partitioned_strategy_info")),
        w.enumValue("type", WorkerType.class, WorkerType.WORKER_TYPE_NOT_SET), automated);
  }

  private static TaskSpec.Partitioned partitioned(Fields p) {
    if (p == null) {
      return null;
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    JsonNode given = p.struct("weights");
    if (given != null) {
      // a weight that is not a number becomes NaN, which validation refuses (11102)
      given.properties().forEach(e ->
          weights.put(e.getKey(), e.getValue().isNumber() ? e.getValue().doubleValue() : Double.NaN));
    }
    return new TaskSpec.Partitioned(
        p.enumValue("type", PartitionedType.class, PartitionedType.PARTITIONED_WORKER_STRATEGY_NOT_SET),
        p.uint32("workers_per_input"), weights);
  }

  private static List<TaskSpec.Concept> concepts(Fields t) {
    List<TaskSpec.Concept> out = new ArrayList<>();
    for (Fields tc : t.objects("concepts")) {
      Fields concept = tc.object("concept");
      if (concept == null) {
        throw ClarifaiError.invalid(tc.path("concept") + " is required");
      }
      out.add(new TaskSpec.Concept(required(concept, "id"), concept.string("name"),
          tc.struct("auto_annotation_config")));
    }
    if (out.isEmpty()) {
      t.strings("concept_ids").forEach(id -> out.add(new TaskSpec.Concept(id, null, null)));
    }
    return out;
  }

  private static TaskSpec.Source source(Fields s) {
    if (s == null) {
      return null;
    }
    return new TaskSpec.Source(
        s.enumValue("type", InputSourceType.class, InputSourceType.INPUT_SOURCE_TYPE_NOT_SET),
        s.string("id"));
  }

  private static TaskSpec.Review review(Fields r) {
    if (r == null) {
      return null;
    }
    List<String> ids = new ArrayList<>(r.strings("user_ids"));
    r.objects("users").forEach(u -> ids.add(required(u, "id")));
    Fields manual = r.object("manual_strategy_info");
    Fields consensus = r.object("consensus_strategy_info");
    if (manual != null && consensus != null) {
      throw ClarifaiError.badFormat(r.path("manual_strategy_info")
          + ": only one of manual_strategy_info and consensus_strategy_info may be set");
    }
    return new TaskSpec.Review(
        r.enumValue("strategy", ReviewStrategy.class, ReviewStrategy.TASK_REVIEW_STRATEGY_NOT_SET),
        ids,
        manual == null ? null : new TaskSpec.Manual(manual.number("sample_percentage"),
            manual.uint32("approval_threshold")),
        consensus == null ? null : new TaskSpec.Consensus(consensus.uint32("approval_threshold"),
            consensus.uint32("approval_threshold_labelers"),
            consensus.int32("approval_threshold_reviewers")));
  }

  private static Visibility visibility(Fields v) {
    return v == null ? null : v.enumValue("gettable", Visibility.class, Visibility.UNKNOWN_VISIBILITY);
  }

  private static String required(Fields f, String name) {
    String v = f.string(name);
    if (v == null) {
      throw ClarifaiError.invalid(f.path(name) + " is required");
    }
    return v;
  }
}
