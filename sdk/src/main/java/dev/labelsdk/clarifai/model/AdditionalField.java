package dev.labelsdk.clarifai.model;

import java.util.List;

/**
 * Extra task fields to ask for when getting or listing tasks ({@code additional_fields},
 * spec §3.8). Each is sent as one or more repeated query parameters.
 */
public enum AdditionalField {
  /** Everything the server can add. */
  ALL("all"),
  /** Every {@link TaskMetrics} value (the server fills only the metrics asked for). */
  METRICS("metrics.input_source.inputs_count_estimated", "metrics.work.inputs_count_estimated",
      "metrics.work.inputs_percent_estimated", "metrics.review.inputs_count_estimated",
      "metrics.review.inputs_percent_estimated",
      "metrics.review.inputs_count_estimated_per_reviewer",
      "metrics.review.inputs_reviewable_count_estimated_per_reviewer",
      "metrics.review.inputs_percent_estimated_per_reviewer"),
  /** The workers' user details. */
  WORKER_USERS("worker.users"),
  /** The reviewers' user details. */
  REVIEW_USERS("review.users");

  private final List<String> values;

  AdditionalField(String... values) {
    this.values = List.of(values);
  }

  /** The {@code additional_fields} values this field is sent as. */
  public List<String> queryValues() {
    return values;
  }
}
