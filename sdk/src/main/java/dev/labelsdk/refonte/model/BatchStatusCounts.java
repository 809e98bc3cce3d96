package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;

/**
 * The answer of {@code GET /v1/batches/{name}/status}: the batch status and how many of its
 * tasks are in each task status.
 */
public record BatchStatusCounts(@JsonProperty("status") BatchStatus status,
    @JsonProperty("pending") long pending, @JsonProperty("completed") long completed,
    @JsonProperty("error") long error, @JsonProperty("canceled") long canceled) {

  /** Requires the status; absent counts are 0. */
  public BatchStatusCounts {
    if (status == null || status.value().isEmpty()) {
      throw new IllegalArgumentException("batch status: \"status\" is missing");
    }
  }

  /** Parses a batch status answer. */
  public static BatchStatusCounts fromJson(JsonNode json) {
    return JsonSupport.convert(json, BatchStatusCounts.class);
  }

  /** Sum of the four counts. */
  public long total() {
    return pending + completed + error + canceled;
  }
}
