package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.labelsdk.core.JsonSupport;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One audit record of a task ({@code audits[]}). Every field is optional because audits are
 * informational and their shape has varied between services. Immutable.
 */
@JsonDeserialize(builder = Audit.Builder.class)
public final class Audit extends WireModel<Audit.Builder> {

  private Audit(Builder b) {
    super(b);

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
  public static Audit fromJson(JsonNode json) {
    return JsonSupport.convert(json, Audit.class);
  }

  /** Who audited (an e-mail address). */
  public Optional<String> auditedBy() {
    return Optional.ofNullable(values.auditedBy);
  }

  /** The {@code audited_at} value, when present. */
  public Optional<Instant> auditedAt() {
    return Optional.ofNullable(values.auditedAt);
  }

  /** The {@code audit_time_secs} value, when present. */
  public Optional<Long> auditTimeSecs() {
    return Optional.ofNullable(values.auditTimeSecs);
  }

  /** {@code accepted}, {@code rejected} or {@code fixed}. */
  public Optional<String> auditResult() {
    return Optional.ofNullable(values.auditResult);
  }

  /** {@code customer} or {@code refonte}. */
  public Optional<String> auditSource() {
    return Optional.ofNullable(values.auditSource);
  }

  /** The {@code comments} value, when present. */
  public Optional<String> comments() {
    return Optional.ofNullable(values.comments);
  }

  @Override
  List<Object> modelled() {
    Builder v = values;
    return Arrays.asList(v.auditedBy, v.auditedAt, v.auditTimeSecs, v.auditResult, v.auditSource,
        v.comments);
  }

  /** Builds an {@link Audit}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Builder extends WireModel.Builder<Builder> {
    @JsonProperty("audited_by")
    private String auditedBy;
    @JsonProperty("audited_at")
    @MillisTimestamp
    private Instant auditedAt;
    @JsonProperty("audit_time_secs")
    private Long auditTimeSecs;
    @JsonProperty("audit_result")
    private String auditResult;
    @JsonProperty("audit_source")
    private String auditSource;
    @JsonProperty("comments")
    private String comments;

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

    /** Builds the immutable Audit. */
    public Audit build() {
      return new Audit(this);
    }
  }
}
