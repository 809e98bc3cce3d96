package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A task's {@code customer_review_status}: {@link #PENDING}, {@link #ACCEPTED},
 * {@link #FIXED}, {@link #COMMENTED}, {@link #REJECTED}, or an unknown value kept as sent.
 */
public final class ReviewStatus {

  private static final Map<String, ReviewStatus> KNOWN = new LinkedHashMap<>();

  /** The {@code pending} value. */
  public static final ReviewStatus PENDING = known("pending");
  /** The {@code accepted} value. */
  public static final ReviewStatus ACCEPTED = known("accepted");
  /** The {@code fixed} value. */
  public static final ReviewStatus FIXED = known("fixed");
  /** The {@code commented} value. */
  public static final ReviewStatus COMMENTED = known("commented");
  /** The {@code rejected} value. */
  public static final ReviewStatus REJECTED = known("rejected");

  private final String value;
  private final boolean known;

  private ReviewStatus(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  private static ReviewStatus known(String value) {
    ReviewStatus s = new ReviewStatus(value, true);
    KNOWN.put(value, s);
    return s;
  }

  /** The constant for {@code value}, or a new unknown status that keeps it. */
  @JsonCreator
  public static ReviewStatus of(String value) {
    Objects.requireNonNull(value, "value");
    ReviewStatus s = KNOWN.get(value);
    return s != null ? s : new ReviewStatus(value, false);
  }

  /** The documented review statuses. */
  public static Collection<ReviewStatus> knownValues() {
    return Collections.unmodifiableCollection(KNOWN.values());
  }

  /** The wire value, e.g. {@code "accepted"}. */
  @JsonValue
  public String value() {
    return value;
  }

  /** False for a value this SDK version does not know. */
  public boolean isKnown() {
    return known;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReviewStatus other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
