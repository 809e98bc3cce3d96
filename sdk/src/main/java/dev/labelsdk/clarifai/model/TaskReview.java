package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * How a task's labeled work is reviewed (spec §3.4, §8.5, §8.6). Immutable: every method
 * returns a new value, so the factories chain.
 *
 * <pre>{@code
 * TaskReview.none()                         // submitted work is accepted at once
 * TaskReview.manual().reviewers("r1")       // r1 approves, rejects or sends work back
 * TaskReview.consensus(2).reviewers("r1")   // 2 matching labels approve an input;
 *                                           // disagreements go to r1
 * }</pre>
 *
 * <p>A consensus threshold above the number of workers per input is allowed: such inputs can
 * never reach consensus and go straight to the reviewers (spec §7.1; the seeds' own example).
 */
@ProtoMessage
@JsonDeserialize(builder = TaskReview.Reader.class)
public final class TaskReview {

  /** {@code manual_strategy_info}. */
  @ProtoMessage
  private record Manual(@JsonProperty("sample_percentage") Double samplePercentage,
      @JsonProperty("approval_threshold") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
          int approvalThreshold,
      @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extras) {}

  /**
   * {@code consensus_strategy_info}. Both threshold fields carry the effective threshold:
   * {@code approval_threshold_labelers} when above 0, else the older {@code approval_threshold};
   * older servers read one, newer ones the other (spec §3.4), so every server agrees.
   */
  @ProtoMessage
  private record Consensus(
      @JsonProperty("approval_threshold") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
          int threshold,
      @JsonProperty("approval_threshold_labelers") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
          int labelers,
      @JsonProperty("approval_threshold_reviewers") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
          int reviewers,
      @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extras) {

    Consensus {
      labelers = labelers > 0 ? labelers : threshold;
      threshold = labelers;
      extras = Extras.adopt(extras);
    }

    Consensus(int labelers, int reviewers, Map<String, JsonNode> extras) {
      this(labelers, labelers, reviewers, extras);
    }
  }

  private static final TaskReview NONE =
      new TaskReview(ReviewStrategy.NONE, List.of(), null, null, Map.of());

  private final ReviewStrategy strategy;
  private final List<String> reviewerIds;
  private final Manual manual;
  private final Consensus consensus;
  private final Map<String, JsonNode> additionalProperties;

  private TaskReview(ReviewStrategy strategy, List<String> reviewerIds, Manual manual,
      Consensus consensus, Map<String, JsonNode> additionalProperties) {
    this.strategy = strategy;
    this.reviewerIds = reviewerIds;
    this.manual = manual;
    this.consensus = consensus;
    this.additionalProperties = additionalProperties;
  }

  /** No review: submitted work is accepted at once. */
  public static TaskReview none() {
    return NONE;
  }

  /** Reviewers decide on every submission; add them with {@link #reviewers}. */
  public static TaskReview manual() {
    return new TaskReview(ReviewStrategy.MANUAL, List.of(), null, null, Map.of());
  }

  /**
   * Consensus: an input is approved when {@code approvalThreshold} of its labelers labeled it
   * the same way; the others go to the {@link #reviewers}. 0 turns labeler consensus off (every
   * submission goes to reviewers, as with {@link #manual()}).
   *
   * @throws IllegalArgumentException if negative
   */
  public static TaskReview consensus(int approvalThreshold) {
    if (approvalThreshold < 0) {
      throw new IllegalArgumentException("the consensus approval threshold must be >= 0 but was "
          + approvalThreshold);
    }
    return new TaskReview(ReviewStrategy.CONSENSUS, List.of(), null,
        new Consensus(approvalThreshold, 0, Map.of()), Map.of());
  }

  /**
   * Reads a TaskReview: the reviewers are {@code user_ids} then {@code users[].id}. A Jackson
   * builder (see {@link Task}).
   */
  @JsonPOJOBuilder(buildMethodName = "review")
  static final class Reader {
    @JsonProperty("strategy") private ReviewStrategy strategy;
    @JsonProperty("user_ids") private List<String> userIds;
    @JsonProperty("users") @JsonDeserialize(using = TaskWorker.UserIds.class)
    private List<String> users;
    @JsonProperty("manual_strategy_info") private Manual manual;
    @JsonProperty("consensus_strategy_info") private Consensus consensus;
    @JsonAnySetter private Map<String, JsonNode> additionalProperties;

    TaskReview review() {
      return new TaskReview(
          Objects.requireNonNullElse(strategy, ReviewStrategy.TASK_REVIEW_STRATEGY_NOT_SET),
          TaskWorker.users(userIds, users, null), manual == null ? null
              : new Manual(manual.samplePercentage(), manual.approvalThreshold(),
                  Extras.adopt(manual.extras())),
          consensus, Extras.adopt(additionalProperties));
    }
  }

  /** Parses a TaskReview (see {@link Reader}). */
  public static TaskReview fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskReview.class);
  }

  /**
   * The reviewers (replacing any set before). Under consensus they decide the inputs the
   * labelers disagree on; the app owner may always review.
   *
   * @throws IllegalArgumentException if an id is blank
   */
  public TaskReview reviewers(String... userIds) {
    Set<String> ids = new LinkedHashSet<>();
    for (String id : userIds) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException("a reviewer id must not be blank");
      }
      ids.add(id);
    }
    return new TaskReview(strategy, List.copyOf(ids), manual, consensus, additionalProperties);
  }

  /**
   * The fraction of submissions to review (manual review), 0 to 1. Servers may review
   * everything regardless.
   *
   * @throws IllegalArgumentException if outside 0..1
   * @throws IllegalStateException unless this is {@link #manual()} review
   */
  public TaskReview samplePercentage(double fraction) {
    if (!strategy.equals(ReviewStrategy.MANUAL)) {
      throw new IllegalStateException("samplePercentage applies to TaskReview.manual() only;"
          + " this review is " + strategy);
    }
    if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException("samplePercentage must be within 0..1 but was "
          + fraction);
    }
    return new TaskReview(strategy, reviewerIds,
        new Manual(fraction, manual == null ? 0 : manual.approvalThreshold(),
            manual == null ? Map.of() : manual.extras()),
        consensus, additionalProperties);
  }

  /**
   * Under consensus, an assignment sent to review is approved only when every reviewer
   * approves it ({@code approval_threshold_reviewers = -1}); by default one reviewer decides.
   *
   * @throws IllegalStateException unless this is {@link #consensus} review
   */
  public TaskReview requireAllReviewers() {
    if (consensus == null) {
      throw new IllegalStateException("requireAllReviewers applies to TaskReview.consensus(n)"
          + " only; this review is " + strategy);
    }
    return new TaskReview(strategy, reviewerIds,
        manual, new Consensus(consensus.labelers(), -1, consensus.extras()), additionalProperties);
  }

  /** The strategy. */
  @JsonProperty("strategy")
  public ReviewStrategy strategy() {
    return strategy;
  }

  /** The reviewers' user ids. */
  @JsonProperty("user_ids")
  public List<String> reviewerIds() {
    return reviewerIds;
  }

  /** The manual review sample fraction, when set. */
  public OptionalDouble samplePercentage() {
    return manual == null || manual.samplePercentage() == null ? OptionalDouble.empty()
        : OptionalDouble.of(manual.samplePercentage());
  }

  /** The consensus threshold: how many labelers must agree (0 when not consensus). */
  public int approvalThreshold() {
    return consensus == null ? 0 : consensus.labelers();
  }

  /**
   * Under consensus, how many reviewers decide: 0 or 1 for one reviewer, -1 for all of them.
   */
  public int reviewerApprovalThreshold() {
    return consensus == null ? 0 : consensus.reviewers();
  }

  /** Keys this SDK does not model, as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }

  /** What can never work (spec §7.1); empty when the setting is sound. */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    if (manual != null && manual.samplePercentage() != null
        && !(manual.samplePercentage() >= 0 && manual.samplePercentage() <= 1)) {
      out.add("the review sample percentage must be within 0..1 but was "
          + manual.samplePercentage());
    }
    if (consensus != null) {
      if (consensus.labelers() < 0) {
        out.add("the consensus approval threshold must be >= 0 but was " + consensus.labelers());
      }
      if (consensus.reviewers() < -1 || consensus.reviewers() > 1) {
        out.add("approval_threshold_reviewers must be -1 (all reviewers), 0 or 1 but was "
            + consensus.reviewers());
      }
    }
    return out;
  }

  @JsonProperty("manual_strategy_info")
  private Manual manualInfo() {
    return manual;
  }

  @JsonProperty("consensus_strategy_info")
  private Consensus consensusInfo() {
    return consensus;
  }

  /** The review setting as the API reads it, naming the reviewers in {@code form}. */
  public ObjectNode toJson(UserListForm form) {
    return form.review(JsonSupport.toJson(this));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskReview other && strategy.equals(other.strategy)
        && reviewerIds.equals(other.reviewerIds) && Objects.equals(manual, other.manual)
        && Objects.equals(consensus, other.consensus)
        && additionalProperties.equals(other.additionalProperties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, reviewerIds, approvalThreshold());
  }

  @Override
  public String toString() {
    return "TaskReview" + toJson(UserListForm.USER_IDS);
  }
}
