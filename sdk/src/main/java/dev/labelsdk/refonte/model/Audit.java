package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One audit record of a task ({@code audits[]}). Every field is optional because audits are
 * informational and their shape has varied between services. Immutable.
 */
public final class Audit {

  private static final Set<String> KNOWN = Set.of("audited_by", "audited_at", "audit_time_secs",
      "audit_result", "audit_source", "comments");

  private final String auditedBy;
  private final Instant auditedAt;
  private final Long auditTimeSecs;
  private final String auditResult;
  private final String auditSource;
  private final String comments;
  private final Map<String, JsonNode> additionalProperties;

  private Audit(Builder b) {
    this.auditedBy = b.auditedBy;
    this.auditedAt = b.auditedAt;
    this.auditTimeSecs = b.auditTimeSecs;
    this.auditResult = b.auditResult;
    this.auditSource = b.auditSource;
    this.comments = b.comments;
    this.additionalProperties = Fields.copyExtras(b.additionalProperties);
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses an audit record.
   *
   * @throws IllegalArgumentException if a field has the wrong type
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static Audit fromJson(JsonNode json) {
    Fields f = Fields.of(json, "audit");
    Builder b = builder();
    b.auditedBy = f.optString("audited_by").orElse(null);
    b.auditedAt = f.optInstant("audited_at").orElse(null);
    b.auditTimeSecs = f.optLong("audit_time_secs").orElse(null);
    b.auditResult = f.optString("audit_result").orElse(null);
    b.auditSource = f.optString("audit_source").orElse(null);
    b.comments = f.optString("comments").orElse(null);
    b.additionalProperties.putAll(f.extras(KNOWN));
    return b.build();
  }

  /** Who audited (an e-mail address). */
  public Optional<String> auditedBy() {
    return Optional.ofNullable(auditedBy);
  }

  /** The {@code audited_at} value, when present. */
  public Optional<Instant> auditedAt() {
    return Optional.ofNullable(auditedAt);
  }

  /** The {@code audit_time_secs} value, when present. */
  public Optional<Long> auditTimeSecs() {
    return Optional.ofNullable(auditTimeSecs);
  }

  /** {@code accepted}, {@code rejected} or {@code fixed}. */
  public Optional<String> auditResult() {
    return Optional.ofNullable(auditResult);
  }

  /** {@code customer} or {@code refonte}. */
  public Optional<String> auditSource() {
    return Optional.ofNullable(auditSource);
  }

  /** The {@code comments} value, when present. */
  public Optional<String> comments() {
    return Optional.ofNullable(comments);
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Fields.copyExtras(additionalProperties);
  }

  /** The record as JSON (modelled keys first, then the additional ones). */
  @JsonValue
  public ObjectNode toJson() {
    ObjectNode out = JsonSupport.newObject();
    if (auditedBy != null) {
      out.put("audited_by", auditedBy);
    }
    if (auditedAt != null) {
      out.put("audited_at", Fields.format(auditedAt));
    }
    if (auditTimeSecs != null) {
      // Same node type as parsed JSON, so that parse -> toJson round-trips compare equal.
      if (auditTimeSecs == auditTimeSecs.intValue()) {
        out.put("audit_time_secs", auditTimeSecs.intValue());
      } else {
        out.put("audit_time_secs", auditTimeSecs);
      }
    }
    if (auditResult != null) {
      out.put("audit_result", auditResult);
    }
    if (auditSource != null) {
      out.put("audit_source", auditSource);
    }
    if (comments != null) {
      out.put("comments", comments);
    }
    Fields.putExtras(out, additionalProperties);
    return out;
  }

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    Builder b = builder();
    b.auditedBy = auditedBy;
    b.auditedAt = auditedAt;
    b.auditTimeSecs = auditTimeSecs;
    b.auditResult = auditResult;
    b.auditSource = auditSource;
    b.comments = comments;
    b.additionalProperties.putAll(additionalProperties);
    return b;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Audit other && toJson().equals(other.toJson());
  }

  @Override
  public int hashCode() {
    return toJson().hashCode();
  }

  @Override
  public String toString() {
    return "Audit" + toJson();
  }

  /** Builds an {@link Audit}. */
  public static final class Builder {
    private String auditedBy;
    private Instant auditedAt;
    private Long auditTimeSecs;
    private String auditResult;
    private String auditSource;
    private String comments;
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    /** Sets {@code audited_by}; see {@link Audit#auditedBy()}. */
    public Builder auditedBy(String v) {
      auditedBy = v;
      return this;
    }

    /** Sets {@code audited_at}; see {@link Audit#auditedAt()}. */
    public Builder auditedAt(Instant v) {
      auditedAt = v;
      return this;
    }

    /** Sets {@code audit_time_secs}; see {@link Audit#auditTimeSecs()}. */
    public Builder auditTimeSecs(Long v) {
      auditTimeSecs = v;
      return this;
    }

    /** Sets {@code audit_result}; see {@link Audit#auditResult()}. */
    public Builder auditResult(String v) {
      auditResult = v;
      return this;
    }

    /** Sets {@code audit_source}; see {@link Audit#auditSource()}. */
    public Builder auditSource(String v) {
      auditSource = v;
      return this;
    }

    /** Sets {@code comments}; see {@link Audit#comments()}. */
    public Builder comments(String v) {
      comments = v;
      return this;
    }

    /** Adds a key this SDK does not model. */
    public Builder additionalProperty(String key, JsonNode value) {
      additionalProperties.put(Objects.requireNonNull(key), value);
      return this;
    }

    /** Builds the immutable Audit. */
    public Audit build() {
      return new Audit(this);
    }
  }
}
