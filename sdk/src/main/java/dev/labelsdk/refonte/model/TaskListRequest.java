package dev.labelsdk.refonte.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Filters and paging of {@code GET /v1/tasks} (spec §4.4); every filter is optional and they
 * combine with AND. Immutable; the accessors return the values as they are sent.
 *
 * <pre>{@code
 * TaskListRequest request = TaskListRequest.builder()
 *     .project("kitten_labeling")
 *     .status(TaskStatus.COMPLETED)
 *     .startTime(LocalDate.of(2024, 1, 1))
 *     .tags("experiment_1")
 *     .limit(50)
 *     .build();
 * }</pre>
 */
public final class TaskListRequest extends ListRequest<TaskStatus, TaskListRequest.Builder> {

  /** Largest page size the service accepts. */
  public static final int MAX_LIMIT = MAX_PAGE;

  private TaskListRequest(Builder b) {
    super(b);
    // The request's own copy holds unmodifiable lists (a builder's copy gets new ones).
    values.tags = List.copyOf(values.tags);
    values.uniqueIds = List.copyOf(values.uniqueIds);
    values.customerReviewStatuses = List.copyOf(values.customerReviewStatuses);
  }

  /** No filters: every task, newest first, in pages of the service's default size. */
  public static TaskListRequest all() {
    return builder().build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The {@code completed_after} value, when present. */
  public Optional<String> completedAfter() {
    return Optional.ofNullable(values.completedAfter);
  }

  /** The {@code completed_before} value, when present. */
  public Optional<String> completedBefore() {
    return Optional.ofNullable(values.completedBefore);
  }

  /** The {@code updated_after} value, when present. */
  public Optional<String> updatedAfter() {
    return Optional.ofNullable(values.updatedAfter);
  }

  /** The {@code updated_before} value, when present. */
  public Optional<String> updatedBefore() {
    return Optional.ofNullable(values.updatedBefore);
  }

  /** The {@code type} value, when present. */
  public Optional<TaskType> type() {
    return Optional.ofNullable(values.type);
  }

  /** The {@code batch} value, when present. */
  public Optional<String> batch() {
    return Optional.ofNullable(values.batch);
  }

  /** Sent as repeated {@code tags} keys; a task matches if it has any of them. */
  public List<String> tags() {
    return values.tags;
  }

  /** Sent as repeated {@code unique_id} keys. */
  public List<String> uniqueIds() {
    return values.uniqueIds;
  }

  /** The {@code customer_review_statuses} values (unmodifiable). */
  public List<ReviewStatus> customerReviewStatuses() {
    return values.customerReviewStatuses;
  }

  /** {@code customer_review_status} as sent: the values joined with commas. */
  public Optional<String> customerReviewStatusParameter() {
    return values.customerReviewStatuses.isEmpty() ? Optional.empty()
        : Optional.of(values.customerReviewStatuses.stream().map(ReviewStatus::value)
            .collect(Collectors.joining(",")));
  }

  /** The {@code include_attachment_url} value, when present. */
  public Optional<Boolean> includeAttachmentUrl() {
    return Optional.ofNullable(values.includeAttachmentUrl);
  }

  /** The {@code limited_response} value, when present. */
  public Optional<Boolean> limitedResponse() {
    return Optional.ofNullable(values.limitedResponse);
  }

  /** The {@code next_token} value, when present. */
  public Optional<String> nextToken() {
    return Optional.ofNullable(values.nextToken);
  }

  /** The same filters, continuing after the page that returned {@code token}. */
  public TaskListRequest withNextToken(String token) {
    return toBuilder().nextToken(token).build();
  }

  @Override
  public String toString() {
    Builder v = values;
    return "TaskListRequest{startTime=" + v.startTime + ", endTime=" + v.endTime
        + ", completedAfter=" + v.completedAfter + ", completedBefore=" + v.completedBefore
        + ", updatedAfter=" + v.updatedAfter + ", updatedBefore=" + v.updatedBefore + ", status="
        + v.status + ", type=" + v.type + ", project=" + v.project + ", batch=" + v.batch
        + ", tags=" + v.tags + ", uniqueIds=" + v.uniqueIds + ", customerReviewStatuses="
        + v.customerReviewStatuses + ", limit=" + v.limit + ", includeAttachmentUrl="
        + v.includeAttachmentUrl + ", limitedResponse=" + v.limitedResponse + ", nextToken="
        + v.nextToken + '}';
  }

  /** Builds a {@link TaskListRequest}. Times are sent as ISO-8601 in UTC. */
  public static final class Builder extends ListRequest.Builder<TaskStatus, Builder> {
    private String completedAfter;
    private String completedBefore;
    private String updatedAfter;
    private String updatedBefore;
    private TaskType type;
    private String batch;
    private List<String> tags = new ArrayList<>();
    private List<String> uniqueIds = new ArrayList<>();
    private List<ReviewStatus> customerReviewStatuses = new ArrayList<>();
    private Boolean includeAttachmentUrl;
    private Boolean limitedResponse;
    private String nextToken;

    private Builder() {}

    @Override
    protected void copyContainers() {
      tags = new ArrayList<>(tags);
      uniqueIds = new ArrayList<>(uniqueIds);
      customerReviewStatuses = new ArrayList<>(customerReviewStatuses);
    }

    /** Tasks completed after this instant. */
    public Builder completedAfter(Instant t) {
      completedAfter = time(t);
      return this;
    }

    /** Sets {@code completed_after}; see {@link TaskListRequest#completedAfter()}. */
    public Builder completedAfter(LocalDate d) {
      completedAfter = time(d);
      return this;
    }

    /** Tasks completed before this instant. */
    public Builder completedBefore(Instant t) {
      completedBefore = time(t);
      return this;
    }

    /** Sets {@code completed_before}; see {@link TaskListRequest#completedBefore()}. */
    public Builder completedBefore(LocalDate d) {
      completedBefore = time(d);
      return this;
    }

    /** Tasks updated after this instant. */
    public Builder updatedAfter(Instant t) {
      updatedAfter = time(t);
      return this;
    }

    /** Sets {@code updated_after}; see {@link TaskListRequest#updatedAfter()}. */
    public Builder updatedAfter(LocalDate d) {
      updatedAfter = time(d);
      return this;
    }

    /** Tasks updated before this instant. */
    public Builder updatedBefore(Instant t) {
      updatedBefore = time(t);
      return this;
    }

    /** Sets {@code updated_before}; see {@link TaskListRequest#updatedBefore()}. */
    public Builder updatedBefore(LocalDate d) {
      updatedBefore = time(d);
      return this;
    }

    /** Sets {@code type}; see {@link TaskListRequest#type()}. */
    public Builder type(TaskType v) {
      type = v;
      return this;
    }

    /** Sets {@code batch}; see {@link TaskListRequest#batch()}. */
    public Builder batch(String v) {
      batch = v;
      return this;
    }

    /** Tasks with any of these tags (adds to earlier calls). */
    public Builder tags(String... v) {
      return tags(Arrays.asList(v));
    }

    /** Tasks with any of these tags (adds to earlier calls). */
    public Builder tags(Collection<String> v) {
      v.forEach(t -> tags.add(Objects.requireNonNull(t, "tag")));
      return this;
    }

    /** Tasks whose unique_id is one of these (adds to earlier calls). */
    public Builder uniqueIds(String... v) {
      return uniqueIds(Arrays.asList(v));
    }

    /** Tasks whose unique_id is one of these (adds to earlier calls). */
    public Builder uniqueIds(Collection<String> v) {
      v.forEach(u -> uniqueIds.add(Objects.requireNonNull(u, "unique id")));
      return this;
    }

    /** Tasks whose customer review status is one of these (adds to earlier calls). */
    public Builder customerReviewStatuses(ReviewStatus... v) {
      Arrays.stream(v).forEach(s -> customerReviewStatuses.add(Objects.requireNonNull(s)));
      return this;
    }

    /** Ask for signed attachment URLs in the results. */
    public Builder includeAttachmentUrl(boolean v) {
      includeAttachmentUrl = v;
      return this;
    }

    /**
     * Ask for short documents (id, status, metadata, project only). {@link Task#type()} and
     * {@link Task#createdAt()} then throw; use it for fast scans.
     */
    public Builder limitedResponse(boolean v) {
      limitedResponse = v;
      return this;
    }

    /** Continue after the page that returned this token ({@link TaskPage#nextToken()}). */
    public Builder nextToken(String v) {
      nextToken = v == null || v.isEmpty() ? null : v;
      return this;
    }

    /** Builds the immutable TaskListRequest. */
    public TaskListRequest build() {
      return new TaskListRequest(this);
    }
  }
}
