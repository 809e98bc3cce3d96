package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.Timestamps;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One audit record of a task ({@code audits[]}). Every field is optional because audits are
 * informational and their shape has varied between services. Immutable.
 */
@JsonDeserialize(builder = Audit.Builder.class)
public final class Audit {


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
    this.additionalProperties = Extras.copy(b.additionalProperties);
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
    return Extras.copy(additionalProperties);
  }

  /** The record as JSON (modelled keys first, then the additional ones). */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }

  /** What Jackson writes: the builder's fields (they carry the wire names). */
  @JsonValue
  private Builder wire() {
    return toBuilder();
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
    return o instanceof Audit other && values().equals(other.values());
  }

  @Override
  public int hashCode() {
    return values().hashCode();
  }

  private List<Object> values() {
    return Arrays.asList(auditedBy, auditedAt, auditTimeSecs, auditResult, auditSource, comments,
        additionalProperties);
  }

  @Override
  public String toString() {
    return "Audit" + toJson();
  }

  /** Builds an {@link Audit}. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public static final class Builder {
    @JsonProperty("audited_by")
    private String auditedBy;
    @JsonProperty("audited_at")
    @JsonDeserialize(using = Timestamps.Reader.class)
    @JsonSerialize(using = Timestamps.MillisWriter.class)
    private Instant auditedAt;
    @JsonProperty("audit_time_secs")
    private Long auditTimeSecs;
    @JsonProperty("audit_result")
    private String auditResult;
    @JsonProperty("audit_source")
    private String auditSource;
    @JsonProperty("comments")
    private String comments;
    @JsonAnySetter
    private final Map<String, JsonNode> additionalProperties = new LinkedHashMap<>();

    private Builder() {}

    @JsonAnyGetter
    private Map<String, JsonNode> extras() {
      return additionalProperties;
    }

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
