package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every worker strategy with assignments up front (FULL, PARTITIONED) under every review
 * strategy (NONE, MANUAL, CONSENSUS), in both labeling flows (PostAnnotations' implicit
 * submission, and drafts submitted with LABEL_SUBMIT), walked end to end over HTTP: create,
 * label, consensus or review, then assignment and annotation statuses, counts and metrics.
 *
 * <p>Four inputs, two workers per input (FULL over u1, u2; PARTITIONED EVENLY over u1..u3 with
 * workers_per_input 2): eight assignments. Everyone labels "water" except the second worker of
 * the last input, who labels "tree". Reviewers reject the first assignment they are shown and
 * approve the rest.
 */
class ClarifaiReviewMatrixHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final String APP = "/v2/users/owner/apps/app1";
  private static final List<String> INPUTS = List.of("in1", "in2", "in3", "in4");

  enum Flow { IMPLICIT_SUBMIT, LABEL_SUBMIT }

  static Stream<Arguments> matrix() {
    List<Arguments> out = new ArrayList<>();
    for (String strategy : List.of("FULL", "PARTITIONED")) {
      for (String review : List.of("NONE", "MANUAL", "CONSENSUS")) {
        for (Flow flow : Flow.values()) {
          out.add(Arguments.of(strategy, review, flow));
        }
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} x {1} x {2}")
  @MethodSource("matrix")
  void createLabelReviewAndCount(String strategy, String review, Flow flow) {
    ClarifaiControl control = mock.clarifai().addApp("owner", "app1").addPat("pat-owner", "owner")
        .addPat("pat-u1", "u1").addPat("pat-u2", "u2").addPat("pat-u3", "u3").addPat("pat-r1", "r1");
    for (String input : INPUTS) {
      control.addInput("owner", "app1", input, Map.of("image", Map.of("url", "https://x/" + input)));
    }
    ClarifaiHttp owner = new ClarifaiHttp(mock.baseUrl(), "pat-owner");
    String taskId = owner.post(APP + "/tasks", taskJson(strategy, review)).json().at("/tasks/0/id").asText();

    Map<String, List<JsonNode>> byWorker = startWork(owner, taskId);
    assertThat(byWorker.values().stream().mapToInt(List::size).sum()).isEqualTo(8);
    Map<String, String> secondWorkerOf = secondWorkers(byWorker);

    String first = byWorker.keySet().iterator().next();
    for (String worker : byWorker.keySet()) {
      label(owner.as("pat-" + worker), taskId, worker, byWorker.get(worker), secondWorkerOf, flow);
      if (worker.equals(first)) {
        JsonNode c = workerCounts(owner, taskId, "inputs", first);
        int n = byWorker.get(first).size();
        switch (review) {
          case "NONE" -> assertThat(c.get("success").asInt()).isEqualTo(n);
          case "MANUAL" -> assertThat(c.get("awaiting_review").asInt()).isEqualTo(n);
          default -> assertThat(c.get("awaiting_consensus_review").asInt()).isEqualTo(n);
        }
      }
    }

    int awaitingReview = switch (review) {
      case "NONE" -> 0;
      case "MANUAL" -> 8;
      default -> 2; // the two labelers of the last input disagree
    };
    assertThat(totals(owner, taskId, "inputs")).containsExactly(0, awaitingReview, 8 - awaitingReview, 0, 0);
    assertThat(totals(owner, taskId, "annotations")).containsExactly(0, awaitingReview, 8 - awaitingReview, 0, 0);

    int rejected = 0;
    if (awaitingReview > 0) {
      ClarifaiHttp reviewer = owner.as("pat-r1");
      JsonNode shown = put(reviewer, taskId, "{\"action\":\"REVIEW_START\"}").get("task_assignments");
      assertThat(shown).hasSize(awaitingReview).allSatisfy(a -> assertThat(a.at("/status/code").asInt()).isEqualTo(54202));
      JsonNode rejectedOne = put(reviewer, taskId, "{\"action\":\"REVIEW_REJECT\",\"review_reject_config\":"
          + "{\"task_assignments\":[{\"id\":\"" + shown.get(0).get("id").asText() + "\"}]}}").at("/task_assignments/0");
      assertThat(rejectedOne.at("/status/code").asInt()).isEqualTo(54204);
      JsonNode approved = put(reviewer, taskId, "{\"action\":\"REVIEW_APPROVE\",\"review_approve_config\":"
          + "{\"workers\":[{\"user\":{\"id\":\"u1\"}},{\"user\":{\"id\":\"u2\"}},{\"user\":{\"id\":\"u3\"}}]}}")
          .get("task_assignments");
      assertThat(approved).hasSize(awaitingReview - 1)
          .allSatisfy(a -> assertThat(a.at("/status/code").asInt()).isEqualTo(54200));
      rejected = 1;
    }

    assertThat(totals(owner, taskId, "inputs")).containsExactly(0, 0, 8 - rejected, rejected, 0);
    assertThat(totals(owner, taskId, "annotations")).containsExactly(0, 0, 8 - rejected, rejected, 0);
    JsonNode statuses = owner.get(APP + "/annotations?task_id=" + taskId).json().get("annotations");
    assertThat(statuses).hasSize(8);
    assertThat(statuses.findValues("code")).extracting(JsonNode::asInt)
        .filteredOn(code -> code == 24158).hasSize(rejected);
    assertThat(statuses.findValues("code")).extracting(JsonNode::asInt).isSubsetOf(24150, 24158);
    JsonNode metrics = owner.get(APP + "/tasks/" + taskId + "?additional_fields=all").json().at("/task/metrics");
    assertThat(metrics.toString()).startsWith("{\"work\":{\"inputs_count_estimated\":\"4\",\"inputs_percent_estimated\":100},"
        + "\"review\":{\"inputs_count_estimated\":\"4\",\"inputs_percent_estimated\":100");
  }

  private static String taskJson(String strategy, String review) {
    String worker = strategy.equals("FULL")
        ? "{\"strategy\":\"FULL\",\"user_ids\":[\"u1\",\"u2\"]}"
        : "{\"strategy\":\"PARTITIONED\",\"workers\":[{\"user\":{\"id\":\"u1\"}},{\"user\":{\"id\":\"u2\"}},"
            + "{\"user\":{\"id\":\"u3\"}}],\"partitioned_strategy_info\":{\"type\":\"EVENLY\",\"workers_per_input\":2}}";
    String reviewJson = switch (review) {
      case "NONE" -> "{\"strategy\":\"NONE\"}";
      case "MANUAL" -> "{\"strategy\":\"MANUAL\",\"users\":[{\"id\":\"r1\"}],\"manual_strategy_info\":{\"sample_percentage\":1}}";
      default -> "{\"strategy\":\"CONSENSUS\",\"user_ids\":[\"r1\"],\"consensus_strategy_info\":{\"approval_threshold_labelers\":2}}";
    };
    return "{\"tasks\":[{\"type\":\"CONCEPTS_CLASSIFICATION\",\"concept_ids\":[\"water\",\"tree\"],"
        + "\"worker\":" + worker + ",\"review\":" + reviewJson + ",\"input_source\":{\"type\":\"ALL_INPUTS\"}}]}";
  }

  /** Each worker's assignments from LABEL_START, in worker order. */
  private static Map<String, List<JsonNode>> startWork(ClarifaiHttp owner, String taskId) {
    Map<String, List<JsonNode>> out = new LinkedHashMap<>();
    for (String worker : List.of("u1", "u2", "u3")) {
      try {
        JsonNode r = put(owner.as("pat-" + worker), taskId, "{\"action\":\"LABEL_START\"}");
        List<JsonNode> mine = new ArrayList<>();
        r.get("task_assignments").forEach(mine::add);
        if (!mine.isEmpty()) {
          out.put(worker, mine);
        }
      } catch (AssertionError notAWorker) {
        // u3 is no worker of the FULL task
      }
    }
    return out;
  }

  /** For each input, the worker who labels it last (in worker order). */
  private static Map<String, String> secondWorkers(Map<String, List<JsonNode>> byWorker) {
    Map<String, String> out = new LinkedHashMap<>();
    byWorker.forEach((worker, assignments) ->
        assignments.forEach(a -> out.put(a.at("/input/id").asText(), worker)));
    return out;
  }

  private static void label(ClarifaiHttp worker, String taskId, String workerId, List<JsonNode> assignments,
      Map<String, String> secondWorkerOf, Flow flow) {
    StringBuilder annotations = new StringBuilder();
    for (JsonNode a : assignments) {
      String input = a.at("/input/id").asText();
      String concept = input.equals("in4") && workerId.equals(secondWorkerOf.get(input)) ? "tree" : "water";
      String link = input.equals("in1")
          ? "\"annotation_info\":{\"task_id\":\"" + taskId + "\"}" // the older way to link a task
          : "\"task_id\":\"" + taskId + "\"";
      String status = flow == Flow.LABEL_SUBMIT ? ",\"status\":{\"code\":\"ANNOTATION_PENDING\"}" : "";
      annotations.append(annotations.length() == 0 ? "" : ",").append("{\"input_id\":\"").append(input)
          .append("\",").append(link).append(status).append(",\"data\":{\"concepts\":[{\"id\":\"")
          .append(concept).append("\"}]}}");
    }
    ClarifaiHttp.Response posted = worker.post(APP + "/annotations", "{\"annotations\":[" + annotations + "]}");
    assertThat(posted.code()).as(posted.text()).isEqualTo(10000);
    if (flow == Flow.LABEL_SUBMIT) {
      posted.json().get("annotations").forEach(an -> assertThat(an.at("/status/code").asInt()).isEqualTo(24151));
      StringBuilder ids = new StringBuilder();
      assignments.forEach(a -> ids.append(ids.length() == 0 ? "" : ",").append("{\"id\":\"")
          .append(a.get("id").asText()).append("\"}"));
      JsonNode submitted = put(worker, taskId, "{\"action\":\"LABEL_SUBMIT\",\"label_submit_config\":"
          + "{\"task_assignments\":[" + ids + "]}}");
      assertThat(submitted.get("task_assignments")).hasSize(assignments.size());
    }
  }

  private static JsonNode put(ClarifaiHttp who, String taskId, String body) {
    ClarifaiHttp.Response r = who.put(APP + "/tasks/" + taskId + "/assignments", body);
    if (r.code() != 10000) {
      throw new AssertionError(r.text());
    }
    return r.json();
  }

  private static JsonNode workerCounts(ClarifaiHttp owner, String taskId, String kind, String worker) {
    return owner.get(APP + "/tasks/" + taskId + "/" + kind + "/count?user_ids=" + worker).json().at("/counts/0");
  }

  /** pending, awaiting_review, success, review_denied, awaiting_consensus_review over all workers. */
  private static List<Integer> totals(ClarifaiHttp owner, String taskId, String kind) {
    int[] sums = new int[5];
    String[] names = {"pending", "awaiting_review", "success", "review_denied", "awaiting_consensus_review"};
    for (JsonNode c : owner.get(APP + "/tasks/" + taskId + "/" + kind + "/count").json().get("counts")) {
      for (int i = 0; i < 5; i++) {
        sums[i] += c.get(names[i]).asInt();
      }
    }
    return List.of(sums[0], sums[1], sums[2], sums[3], sums[4]);
  }
}
