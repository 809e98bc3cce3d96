package dev.labelsdk.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Clarifai traffic for the benchmarks: tasks spread over ten workers, in batches of 1,000. */
final class ClarifaiLoad {

  static final String AUTH = "Key bench-token";
  static final String APP = "/v2/users/mock-user/apps/mock-app";
  static final int WORKERS = 10;

  private ClarifaiLoad() {}

  static String taskJson(int i) {
    return "{\"type\":\"CONCEPTS_CLASSIFICATION\",\"name\":\"task " + i + "\",\"concept_ids\":[\"water\"],"
        + "\"worker\":{\"strategy\":\"FULL\",\"user_ids\":[\"w" + (i % WORKERS) + "\"]},"
        + "\"input_source\":{\"type\":\"ALL_INPUTS\"},\"review\":{\"strategy\":\"NONE\"}}";
  }

  /** Creates {@code count} tasks with PostTasks, 1,000 per request; returns their ids. */
  static List<String> populate(RefonteFixture f, int count) throws IOException {
    List<String> ids = new ArrayList<>(count);
    for (int from = 0; from < count; from += 1_000) {
      StringBuilder body = new StringBuilder("{\"tasks\":[");
      for (int i = from; i < Math.min(count, from + 1_000); i++) {
        body.append(i == from ? "" : ",").append(taskJson(i));
      }
      body.append("]}");
      RefonteFixture.JSON.readTree(f.call("POST", APP + "/tasks", body.toString(), AUTH)).get("tasks")
          .forEach(t -> ids.add(t.get("id").asText()));
    }
    return ids;
  }
}
