package dev.labelsdk.refonte.model;

import dev.labelsdk.core.Built;
import dev.labelsdk.core.CopyableBuilder;
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
public final class TaskListRequest extends Built<TaskListRequest.Builder> {

  /** Largest page size the service accepts. */
  public static final int MAX_LIMIT = 100;

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

  /** {@code start_time}: created at or after. */
  public Optional<String> startTime() {
    return Optional.ofNullable(values.startTime);
  }

  /** {@code end_time}: created at or before. */
  public Optional<String> endTime() {
    return Optional.ofNullable(values.endTime);
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

  /** The {@code status} value, when present. */
  public Optional<TaskStatus> status() {
    return Optional.ofNullable(values.status);
  }

  /** The {@code type} value, when present. */
  public Optional<TaskType> type() {
    return Optional.ofNullable(values.type);
  }

  /** The {@code project} value, when present. */
  public Optional<String> project() {
    return Optional.ofNullable(values.project);
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

  /** The {@code limit} value, when present. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(values.limit);
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

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    return builderCopy();
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
  public static final class Builder extends CopyableBuilder<Builder> {
    private String startTime;
    private String endTime;
    private String completedAfter;
    private String completedBefore;
    private String updatedAfter;
    private String updatedBefore;
    private TaskStatus status;
    private TaskType type;
    private String project;
    private String batch;
    private List<String> tags = new ArrayList<>();
    private List<String> uniqueIds = new ArrayList<>();
    private List<ReviewStatus> customerReviewStatuses = new ArrayList<>();
    private Integer limit;
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

    /** Tasks created at or after this instant. */
    public Builder startTime(Instant t) {
      startTime = Filters.time(t);
      return this;
    }

    /** Tasks created on or after midnight UTC of this day. */
    public Builder startTime(LocalDate d) {
      startTime = Filters.time(d);
      return this;
    }

    /** Tasks created at or before this instant. */
    public Builder endTime(Instant t) {
      endTime = Filters.time(t);
      return this;
    }

    /** Tasks created at or before midnight UTC of this day. */
    public Builder endTime(LocalDate d) {
      endTime = Filters.time(d);
      return this;
    }

    /** Tasks completed after this instant. */
    public Builder completedAfter(Instant t) {
      completedAfter = Filters.time(t);
      return this;
    }

    /** Sets {@code completed_after}; see {@link TaskListRequest#completedAfter()}. */
    public Builder completedAfter(LocalDate d) {
      completedAfter = Filters.time(d);
      return this;
    }

    /** Tasks completed before this instant. */
    public Builder completedBefore(Instant t) {
      completedBefore = Filters.time(t);
      return this;
    }

    /** Sets {@code completed_before}; see {@link TaskListRequest#completedBefore()}. */
    public Builder completedBefore(LocalDate d) {
      completedBefore = Filters.time(d);
      return this;
    }

    /** Tasks updated after this instant. */
    public Builder updatedAfter(Instant t) {
      updatedAfter = Filters.time(t);
      return this;
    }

    /** Sets {@code updated_after}; see {@link TaskListRequest#updatedAfter()}. */
    public Builder updatedAfter(LocalDate d) {
      updatedAfter = Filters.time(d);
      return this;
    }

    /** Tasks updated before this instant. */
    public Builder updatedBefore(Instant t) {
      updatedBefore = Filters.time(t);
      return this;
    }

    /** Sets {@code updated_before}; see {@link TaskListRequest#updatedBefore()}. */
    public Builder updatedBefore(LocalDate d) {
      updatedBefore = Filters.time(d);
      return this;
    }

    /** Sets {@code status}; see {@link TaskListRequest#status()}. */
    public Builder status(TaskStatus v) {
      status = v;
      return this;
    }

    /** Sets {@code type}; see {@link TaskListRequest#type()}. */
    public Builder type(TaskType v) {
      type = v;
      return this;
    }

    /** Sets {@code project}; see {@link TaskListRequest#project()}. */
    public Builder project(String v) {
      project = v;
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

    /**
     * Page size, 1 to 100.
     *
     * @throws IllegalArgumentException outside 1..100
     */
    public Builder limit(int v) {
      limit = Filters.limit(v, MAX_LIMIT);
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
