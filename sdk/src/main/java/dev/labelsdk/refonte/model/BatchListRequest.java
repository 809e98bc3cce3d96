package dev.labelsdk.refonte.model;

import dev.labelsdk.core.Built;
import dev.labelsdk.core.CopyableBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Filters and paging of {@code GET /v1/batches} (spec §4.10). Immutable. */
public final class BatchListRequest extends Built<BatchListRequest.Builder> {

  /** Largest page size the service accepts. */
  public static final int MAX_LIMIT = 100;

  private BatchListRequest(Builder b) {
    super(b);
  }

  /** No filters. */
  public static BatchListRequest all() {
    return builder().build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The {@code project} value, when present. */
  public Optional<String> project() {
    return Optional.ofNullable(values.project);
  }

  /** The {@code status} value, when present. */
  public Optional<BatchStatus> status() {
    return Optional.ofNullable(values.status);
  }

  /** {@code start_time} as sent. */
  public Optional<String> startTime() {
    return Optional.ofNullable(values.startTime);
  }

  /** {@code end_time} as sent. */
  public Optional<String> endTime() {
    return Optional.ofNullable(values.endTime);
  }

  /** The {@code exclude_archived} value, when present. */
  public Optional<Boolean> excludeArchived() {
    return Optional.ofNullable(values.excludeArchived);
  }

  /** The {@code limit} value, when present. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(values.limit);
  }

  /** The {@code offset} value, when present. */
  public Optional<Integer> offset() {
    return Optional.ofNullable(values.offset);
  }

  /** The same filters at another offset. */
  public BatchListRequest withOffset(int offset) {
    return toBuilder().offset(offset).build();
  }

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    return builderCopy();
  }

  @Override
  public String toString() {
    Builder v = values;
    return "BatchListRequest{project=" + v.project + ", status=" + v.status + ", startTime="
        + v.startTime + ", endTime=" + v.endTime + ", excludeArchived=" + v.excludeArchived
        + ", limit=" + v.limit + ", offset=" + v.offset + '}';
  }

  /** Builds a {@link BatchListRequest}. */
  public static final class Builder extends CopyableBuilder<Builder> {
    private String project;
    private BatchStatus status;
    private String startTime;
    private String endTime;
    private Boolean excludeArchived;
    private Integer limit;
    private Integer offset;

    private Builder() {}

    /** Sets {@code project}; see {@link BatchListRequest#project()}. */
    public Builder project(String v) {
      project = v;
      return this;
    }

    /** Sets {@code status}; see {@link BatchListRequest#status()}. */
    public Builder status(BatchStatus v) {
      status = v;
      return this;
    }

    /** Batches created at or after this instant. */
    public Builder startTime(Instant t) {
      startTime = Filters.time(t);
      return this;
    }

    /** Sets {@code start_time}; see {@link BatchListRequest#startTime()}. */
    public Builder startTime(LocalDate d) {
      startTime = Filters.time(d);
      return this;
    }

    /** Batches created at or before this instant. */
    public Builder endTime(Instant t) {
      endTime = Filters.time(t);
      return this;
    }

    /** Sets {@code end_time}; see {@link BatchListRequest#endTime()}. */
    public Builder endTime(LocalDate d) {
      endTime = Filters.time(d);
      return this;
    }

    /** Sets {@code exclude_archived}; see {@link BatchListRequest#excludeArchived()}. */
    public Builder excludeArchived(boolean v) {
      excludeArchived = v;
      return this;
    }

    /**
     * Page size, 1 to 100.
     *
     * @throws IllegalArgumentException outside 1..100
     */
    public Builder limit(int v) {
      limit = Filters.limit(v, MAX_LIMIT);
      return this;
    }

    /**
     * How many matching batches to skip.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder offset(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("offset must be >= 0 but was " + v);
      }
      offset = v;
      return this;
    }

    /** Builds the immutable BatchListRequest. */
    public BatchListRequest build() {
      return new BatchListRequest(this);
    }
  }
}
