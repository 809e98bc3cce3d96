package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonModel;
import dev.labelsdk.core.JsonSupport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    List<Long> reviewablePerReviewer, List<Integer> reviewedPercentPerReviewer)
    implements JsonModel {

  /** One part of the wire form (uint64 as strings or numbers; absent means 0). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private record Part(
      @JsonProperty("inputs_count_estimated") @JsonFormat(shape = JsonFormat.Shape.STRING)
          long count,
      @JsonProperty("inputs_percent_estimated") int percent,
      @JsonProperty("inputs_count_estimated_per_reviewer") List<Long> perReviewer,
      @JsonProperty("inputs_reviewable_count_estimated_per_reviewer") List<Long> reviewable,
      @JsonProperty("inputs_percent_estimated_per_reviewer") List<Integer> percentPerReviewer) {

    static final Part NONE = new Part(0, 0, List.of(), List.of(), List.of());

    Part {
      perReviewer = perReviewer == null ? List.of() : perReviewer;
      reviewable = reviewable == null ? List.of() : reviewable;
      percentPerReviewer = percentPerReviewer == null ? List.of() : percentPerReviewer;
    }
  }

  /** Reads a TaskMetrics message. */
  @JsonCreator
  static TaskMetrics read(@JsonProperty("input_source") Part source,
      @JsonProperty("work") Part work, @JsonProperty("review") Part review) {
    source = Objects.requireNonNullElse(source, Part.NONE);
    work = Objects.requireNonNullElse(work, Part.NONE);
    review = Objects.requireNonNullElse(review, Part.NONE);
    return new TaskMetrics(source.count(), work.count(), work.percent(), review.count(),
        review.percent(), review.perReviewer(), review.reviewable(), review.percentPerReviewer());
  }

  /** Makes defensive copies. */
  public TaskMetrics {
    reviewedPerReviewer = List.copyOf(reviewedPerReviewer);
    reviewablePerReviewer = List.copyOf(reviewablePerReviewer);
    reviewedPercentPerReviewer = List.copyOf(reviewedPercentPerReviewer);
  }

  /** Parses a TaskMetrics message (uint64 as strings or numbers; absent means 0). */
  public static TaskMetrics fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskMetrics.class);
  }

  /** The metrics as the server writes them. */
  @JsonValue
  private Map<String, Part> wire() {
    Map<String, Part> out = new LinkedHashMap<>();
    out.put("work", new Part(workedInputs, workedPercent, List.of(), List.of(), List.of()));
    out.put("review", new Part(reviewedInputs, reviewedPercent, reviewedPerReviewer,
        reviewablePerReviewer, reviewedPercentPerReviewer));
    out.put("input_source", new Part(inputSourceInputs, 0, List.of(), List.of(), List.of()));
    return out;
  }

}
