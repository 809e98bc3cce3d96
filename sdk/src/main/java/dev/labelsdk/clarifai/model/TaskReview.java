package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
public final class TaskReview {

  private static final Set<String> KNOWN = Set.of("strategy", "user_ids", "users",
      "manual_strategy_info", "consensus_strategy_info");
  private static final Set<String> KNOWN_MANUAL =
      Set.of("sample_percentage", "approval_threshold");
  private static final Set<String> KNOWN_CONSENSUS = Set.of("approval_threshold",
      "approval_threshold_labelers", "approval_threshold_reviewers");

  /** {@code manual_strategy_info}. */
  private record Manual(Double samplePercentage, int approvalThreshold,
      Map<String, JsonNode> extras) {}

  /** {@code consensus_strategy_info}; {@code labelers} is the effective threshold. */
  private record Consensus(int labelers, int reviewers, Map<String, JsonNode> extras) {}

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
   * Parses a TaskReview. The reviewers are {@code user_ids} then {@code users[].id}; the
   * consensus threshold is {@code approval_threshold_labelers} when above 0, else the older
   * {@code approval_threshold}.
   */
  public static TaskReview fromJson(JsonNode json) {
    Wire w = Wire.of(json, "review");
    Set<String> reviewers = new LinkedHashSet<>(w.strings("user_ids"));
    reviewers.addAll(w.list("users", u -> Wire.of(u, "review.users[]").string("id")));
    reviewers.remove("");
    Wire m = w.wire("manual_strategy_info");
    Manual manual = null;
    if (m != null) {
      JsonNode sample = m.value("sample_percentage");
      manual = new Manual(sample == null ? null : m.number("sample_percentage", 0),
          m.int32("approval_threshold"), m.extras(KNOWN_MANUAL));
    }
    Wire c = w.wire("consensus_strategy_info");
    Consensus consensus = null;
    if (c != null) {
      int labelers = c.int32("approval_threshold_labelers");
      consensus = new Consensus(labelers > 0 ? labelers : c.int32("approval_threshold"),
          c.int32("approval_threshold_reviewers"), c.extras(KNOWN_CONSENSUS));
    }
    return new TaskReview(w.enumValue("strategy", ReviewStrategy.VALUES), List.copyOf(reviewers),
        manual, consensus, w.extras(KNOWN));
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
  public ReviewStrategy strategy() {
    return strategy;
  }

  /** The reviewers' user ids. */
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
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
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

  /** The review setting as the API reads it, naming the reviewers in {@code form}. */
  public ObjectNode toJson(UserListForm form) {
    ObjectNode o = JsonSupport.newObject();
    Out.enumName(o, "strategy", strategy);
    if (!reviewerIds.isEmpty()) {
      if (form == UserListForm.WORKERS) {
        ArrayNode users = o.putArray("users");
        reviewerIds.forEach(u -> users.addObject().put("id", u));
      } else {
        Out.strings(o, "user_ids", reviewerIds);
      }
    }
    if (manual != null) {
      ObjectNode m = o.putObject("manual_strategy_info");
      if (manual.samplePercentage() != null) {
        m.put("sample_percentage", manual.samplePercentage());
      }
      Out.number(m, "approval_threshold", manual.approvalThreshold());
      Out.extras(m, manual.extras());
    }
    if (consensus != null) {
      ObjectNode c = o.putObject("consensus_strategy_info");
      // Both threshold fields: older servers read approval_threshold, newer ones the
      // _labelers field (spec §3.4); with the same value every server agrees.
      Out.number(c, "approval_threshold", consensus.labelers());
      Out.number(c, "approval_threshold_labelers", consensus.labelers());
      Out.number(c, "approval_threshold_reviewers", consensus.reviewers());
      Out.extras(c, consensus.extras());
    }
    Out.extras(o, additionalProperties);
    return o;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskReview other
        && toJson(UserListForm.USER_IDS).equals(other.toJson(UserListForm.USER_IDS));
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
