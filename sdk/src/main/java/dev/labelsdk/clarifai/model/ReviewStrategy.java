package dev.labelsdk.clarifai.model;

import java.util.Collection;

/**
 * How labeled work is reviewed (spec §3.4). Build reviews with the {@link TaskReview}
 * factories rather than with these names. An open enum: values this SDK does not know are
 * kept, not rejected (see {@link ProtoEnum}).
 */
public final class ReviewStrategy extends ProtoEnum {

  static final EnumValues<ReviewStrategy> VALUES =
      new EnumValues<>("ReviewStrategy", ReviewStrategy::new);

  /** Not set; the server treats it as {@link #NONE}. */
  public static final ReviewStrategy TASK_REVIEW_STRATEGY_NOT_SET =
      VALUES.known(0, "TASK_REVIEW_STRATEGY_NOT_SET");

  /** No review: submitted work is accepted at once. */
  public static final ReviewStrategy NONE = VALUES.known(1, "NONE");

  /** Reviewers approve, reject or send back every submission. */
  public static final ReviewStrategy MANUAL = VALUES.known(2, "MANUAL");

  /**
   * Inputs that enough labelers labeled the same way are approved automatically; the rest go to
   * reviewers.
   */
  public static final ReviewStrategy CONSENSUS = VALUES.known(3, "CONSENSUS");

  private ReviewStrategy(int number, String name, boolean known) {
    super(number, name, known);
  }

  /** The constant with this number, or an unknown value that keeps it. */
  public static ReviewStrategy of(int number) {
    return VALUES.of(number);
  }

  /**
   * The constant with this name (or number written as text), or an unknown value that keeps
   * it.
   *
   * @throws IllegalArgumentException if blank
   */
  public static ReviewStrategy of(String nameOrNumber) {
    return VALUES.of(nameOrNumber);
  }

  /** Every constant this SDK knows, in declaration order. */
  public static Collection<ReviewStrategy> knownValues() {
    return VALUES.known();
  }
}
