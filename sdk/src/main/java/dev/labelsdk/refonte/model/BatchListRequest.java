package dev.labelsdk.refonte.model;

import java.util.Optional;

/** Filters and paging of {@code GET /v1/batches} (spec §4.10). Immutable. */
public final class BatchListRequest extends ListRequest<BatchStatus, BatchListRequest.Builder> {

  /** Largest page size the service accepts. */
  public static final int MAX_LIMIT = MAX_PAGE;

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

  /** The {@code exclude_archived} value, when present. */
  public Optional<Boolean> excludeArchived() {
    return Optional.ofNullable(values.excludeArchived);
  }

  /** The {@code offset} value, when present. */
  public Optional<Integer> offset() {
    return Optional.ofNullable(values.offset);
  }

  /** The same filters at another offset. */
  public BatchListRequest withOffset(int offset) {
    return toBuilder().offset(offset).build();
  }

  @Override
  public String toString() {
    Builder v = values;
    return "BatchListRequest{project=" + v.project + ", status=" + v.status + ", startTime="
        + v.startTime + ", endTime=" + v.endTime + ", excludeArchived=" + v.excludeArchived
        + ", limit=" + v.limit + ", offset=" + v.offset + '}';
  }

  /** Builds a {@link BatchListRequest}. */
  public static final class Builder extends ListRequest.Builder<BatchStatus, Builder> {
    private Boolean excludeArchived;
    private Integer offset;

    private Builder() {}

    /** Sets {@code exclude_archived}; see {@link BatchListRequest#excludeArchived()}. */
    public Builder excludeArchived(boolean v) {
      excludeArchived = v;
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
