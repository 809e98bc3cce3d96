package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The answer of {@code GET /v1/batches/{name}/status}: the batch status and how many of its
 * tasks are in each task status.
 */
public record BatchStatusCounts(
    BatchStatus status, long pending, long completed, long error, long canceled) {

  /**
   * Parses a batch status answer; missing counts are zero.
   *
   * @throws IllegalArgumentException if {@code status} is missing or a value has the wrong type
   */
  public static BatchStatusCounts fromJson(JsonNode json) {
    Fields f = Fields.of(json, "batch status");
    return new BatchStatusCounts(BatchStatus.of(f.requiredString("status")),
        f.optLong("pending").orElse(0L),
        f.optLong("completed").orElse(0L),
        f.optLong("error").orElse(0L),
        f.optLong("canceled").orElse(0L));
  }

  /** Sum of the four counts. */
  public long total() {
    return pending + completed + error + canceled;
  }
}
