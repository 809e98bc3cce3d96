package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.List;

/**
 * A task's progress (spec §7.2), returned when asked for with
 * {@link AdditionalField#METRICS}. The server calls these numbers estimates.
 *
 * @param inputSourceInputs inputs in the task's input snapshot
 * @param workedInputs inputs whose required submissions are all in
 * @param workedPercent {@code workedInputs} as a percentage of the source, rounded down
 * @param reviewedInputs worked inputs whose every submission is approved or rejected
 * @param reviewedPercent {@code reviewedInputs} as a percentage of the source, rounded down
 * @param reviewedPerReviewer per reviewer (in the task's reviewer order): inputs decided
 * @param reviewablePerReviewer per reviewer: inputs now awaiting review
 * @param reviewedPercentPerReviewer per reviewer: decided / (decided + reviewable), in percent
 */
public record TaskMetrics(long inputSourceInputs, long workedInputs, int workedPercent,
    long reviewedInputs, int reviewedPercent, List<Long> reviewedPerReviewer,
    List<Long> reviewablePerReviewer, List<Integer> reviewedPercentPerReviewer) {

  /** Makes defensive copies. */
  public TaskMetrics {
    reviewedPerReviewer = List.copyOf(reviewedPerReviewer);
    reviewablePerReviewer = List.copyOf(reviewablePerReviewer);
    reviewedPercentPerReviewer = List.copyOf(reviewedPercentPerReviewer);
  }

  /** Parses a TaskMetrics message (uint64 as strings or numbers; absent means 0). */
  public static TaskMetrics fromJson(JsonNode json) {
    Wire w = Wire.of(json, "metrics");
    Wire source = w.wire("input_source");
    Wire work = w.wire("work");
    Wire review = w.wire("review");
    return new TaskMetrics(
        source == null ? 0 : source.int64("inputs_count_estimated"),
        work == null ? 0 : work.int64("inputs_count_estimated"),
        work == null ? 0 : work.int32("inputs_percent_estimated"),
        review == null ? 0 : review.int64("inputs_count_estimated"),
        review == null ? 0 : review.int32("inputs_percent_estimated"),
        review == null ? List.of()
            : review.list("inputs_count_estimated_per_reviewer", TaskMetrics::uint64),
        review == null ? List.of()
            : review.list("inputs_reviewable_count_estimated_per_reviewer", TaskMetrics::uint64),
        review == null ? List.of()
            : review.list("inputs_percent_estimated_per_reviewer", TaskMetrics::int32));
  }

  private static Long uint64(JsonNode n) {
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.longValue();
    }
    if (n.isTextual()) {
      try {
        return Long.parseLong(n.textValue());
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    throw new IllegalArgumentException("metrics: expected a uint64 but was " + Wire.describe(n));
  }

  private static Integer int32(JsonNode n) {
    long v = uint64(n);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("metrics: percentage out of range: " + v);
    }
    return (int) v;
  }

  /** The metrics as the server writes them (uint64 as strings). */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    o.putObject("work").put("inputs_count_estimated", Long.toString(workedInputs))
        .put("inputs_percent_estimated", workedPercent);
    ObjectNode review = o.putObject("review")
        .put("inputs_count_estimated", Long.toString(reviewedInputs))
        .put("inputs_percent_estimated", reviewedPercent);
    ArrayNode counts = review.putArray("inputs_count_estimated_per_reviewer");
    reviewedPerReviewer.forEach(c -> counts.add(Long.toString(c)));
    ArrayNode reviewable = review.putArray("inputs_reviewable_count_estimated_per_reviewer");
    reviewablePerReviewer.forEach(c -> reviewable.add(Long.toString(c)));
    ArrayNode percent = review.putArray("inputs_percent_estimated_per_reviewer");
    reviewedPercentPerReviewer.forEach(percent::add);
    o.putObject("input_source").put("inputs_count_estimated", Long.toString(inputSourceInputs));
    return o;
  }
}
