package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.labelsdk.core.OpenEnum;
import java.util.Collection;

/**
 * A task's {@code customer_review_status}: {@link #PENDING}, {@link #ACCEPTED},
 * {@link #FIXED}, {@link #COMMENTED}, {@link #REJECTED}, or an unknown value kept as sent.
 */
public final class ReviewStatus extends OpenEnum {

  private static final Values<ReviewStatus> VALUES = new Values<>(ReviewStatus::new);

  /** The {@code pending} value. */
  public static final ReviewStatus PENDING = VALUES.known("pending");
  /** The {@code accepted} value. */
  public static final ReviewStatus ACCEPTED = VALUES.known("accepted");
  /** The {@code fixed} value. */
  public static final ReviewStatus FIXED = VALUES.known("fixed");
  /** The {@code commented} value. */
  public static final ReviewStatus COMMENTED = VALUES.known("commented");
  /** The {@code rejected} value. */
  public static final ReviewStatus REJECTED = VALUES.known("rejected");

  private ReviewStatus(String value, boolean known) {
    super(value, known);
  }

  /** The constant for {@code value}, or a new unknown status that keeps it. */
  @JsonCreator
  public static ReviewStatus of(String value) {
    return VALUES.of(value);
  }

  /** The documented review statuses. */
  public static Collection<ReviewStatus> knownValues() {
    return VALUES.all();
  }
}
