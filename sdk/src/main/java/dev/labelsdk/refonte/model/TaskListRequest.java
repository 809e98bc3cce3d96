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
public final class TaskListRequest {

  /** Largest page size the service accepts. */
  public static final int MAX_LIMIT = 100;

  private final String startTime;
  private final String endTime;
  private final String completedAfter;
  private final String completedBefore;
  private final String updatedAfter;
  private final String updatedBefore;
  private final TaskStatus status;
  private final TaskType type;
  private final String project;
  private final String batch;
  private final List<String> tags;
  private final List<String> uniqueIds;
  private final List<ReviewStatus> customerReviewStatuses;
  private final Integer limit;
  private final Boolean includeAttachmentUrl;
  private final Boolean limitedResponse;
  private final String nextToken;

  private TaskListRequest(Builder b) {
    this.startTime = b.startTime;
    this.endTime = b.endTime;
    this.completedAfter = b.completedAfter;
    this.completedBefore = b.completedBefore;
    this.updatedAfter = b.updatedAfter;
    this.updatedBefore = b.updatedBefore;
    this.status = b.status;
    this.type = b.type;
    this.project = b.project;
    this.batch = b.batch;
    this.tags = List.copyOf(b.tags);
    this.uniqueIds = List.copyOf(b.uniqueIds);
    this.customerReviewStatuses = List.copyOf(b.customerReviewStatuses);
    this.limit = b.limit;
    this.includeAttachmentUrl = b.includeAttachmentUrl;
    this.limitedResponse = b.limitedResponse;
    this.nextToken = b.nextToken;
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
    return Optional.ofNullable(startTime);
  }

  /** {@code end_time}: created at or before. */
  public Optional<String> endTime() {
    return Optional.ofNullable(endTime);
  }

  /** The {@code completed_after} value, when present. */
  public Optional<String> completedAfter() {
    return Optional.ofNullable(completedAfter);
  }

  /** The {@code completed_before} value, when present. */
  public Optional<String> completedBefore() {
    return Optional.ofNullable(completedBefore);
  }

  /** The {@code updated_after} value, when present. */
  public Optional<String> updatedAfter() {
    return Optional.ofNullable(updatedAfter);
  }

  /** The {@code updated_before} value, when present. */
  public Optional<String> updatedBefore() {
    return Optional.ofNullable(updatedBefore);
  }

  /** The {@code status} value, when present. */
  public Optional<TaskStatus> status() {
    return Optional.ofNullable(status);
  }

  /** The {@code type} value, when present. */
  public Optional<TaskType> type() {
    return Optional.ofNullable(type);
  }

  /** The {@code project} value, when present. */
  public Optional<String> project() {
    return Optional.ofNullable(project);
  }

  /** The {@code batch} value, when present. */
  public Optional<String> batch() {
    return Optional.ofNullable(batch);
  }

  /** Sent as repeated {@code tags} keys; a task matches if it has any of them. */
  public List<String> tags() {
    return tags;
  }

  /** Sent as repeated {@code unique_id} keys. */
  public List<String> uniqueIds() {
    return uniqueIds;
  }

  /** The {@code customer_review_statuses} values (unmodifiable). */
  public List<ReviewStatus> customerReviewStatuses() {
    return customerReviewStatuses;
  }

  /** {@code customer_review_status} as sent: the values joined with commas. */
  public Optional<String> customerReviewStatusParameter() {
    return customerReviewStatuses.isEmpty() ? Optional.empty()
        : Optional.of(customerReviewStatuses.stream().map(ReviewStatus::value)
            .collect(Collectors.joining(",")));
  }

  /** The {@code limit} value, when present. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(limit);
  }

  /** The {@code include_attachment_url} value, when present. */
  public Optional<Boolean> includeAttachmentUrl() {
    return Optional.ofNullable(includeAttachmentUrl);
  }

  /** The {@code limited_response} value, when present. */
  public Optional<Boolean> limitedResponse() {
    return Optional.ofNullable(limitedResponse);
  }

  /** The {@code next_token} value, when present. */
  public Optional<String> nextToken() {
    return Optional.ofNullable(nextToken);
  }

  /** The same filters, continuing after the page that returned {@code token}. */
  public TaskListRequest withNextToken(String token) {
    return toBuilder().nextToken(token).build();
  }

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.startTime = startTime;
    b.endTime = endTime;
    b.completedAfter = completedAfter;
    b.completedBefore = completedBefore;
    b.updatedAfter = updatedAfter;
    b.updatedBefore = updatedBefore;
    b.status = status;
    b.type = type;
    b.project = project;
    b.batch = batch;
    b.tags.addAll(tags);
    b.uniqueIds.addAll(uniqueIds);
    b.customerReviewStatuses.addAll(customerReviewStatuses);
    b.limit = limit;
    b.includeAttachmentUrl = includeAttachmentUrl;
    b.limitedResponse = limitedResponse;
    b.nextToken = nextToken;
    return b;
  }

  @Override
  public String toString() {
    return "TaskListRequest{startTime=" + startTime + ", endTime=" + endTime
        + ", completedAfter=" + completedAfter + ", completedBefore=" + completedBefore
        + ", updatedAfter=" + updatedAfter + ", updatedBefore=" + updatedBefore
        + ", status=" + status + ", type=" + type + ", project=" + project + ", batch=" + batch
        + ", tags=" + tags + ", uniqueIds=" + uniqueIds
        + ", customerReviewStatuses=" + customerReviewStatuses + ", limit=" + limit
        + ", includeAttachmentUrl=" + includeAttachmentUrl
        + ", limitedResponse=" + limitedResponse + ", nextToken=" + nextToken + '}';
  }

  /** Builds a {@link TaskListRequest}. Times are sent as ISO-8601 in UTC. */
  public static final class Builder {
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
    private final List<String> tags = new ArrayList<>();
    private final List<String> uniqueIds = new ArrayList<>();
    private final List<ReviewStatus> customerReviewStatuses = new ArrayList<>();
    private Integer limit;
    private Boolean includeAttachmentUrl;
    private Boolean limitedResponse;
    private String nextToken;

    private Builder() {}

    /** Tasks created at or after this instant. */
    public Builder startTime(Instant t) {
      startTime = format(t);
      return this;
    }

    /** Tasks created on or after midnight UTC of this day. */
    public Builder startTime(LocalDate d) {
      startTime = format(d);
      return this;
    }

    /** Tasks created at or before this instant. */
    public Builder endTime(Instant t) {
      endTime = format(t);
      return this;
    }

    /** Tasks created at or before midnight UTC of this day. */
    public Builder endTime(LocalDate d) {
      endTime = format(d);
      return this;
    }

    /** Tasks completed after this instant. */
    public Builder completedAfter(Instant t) {
      completedAfter = format(t);
      return this;
    }

    /** Sets {@code completed_after}; see {@link TaskListRequest#completedAfter()}. */
    public Builder completedAfter(LocalDate d) {
      completedAfter = format(d);
      return this;
    }

    /** Tasks completed before this instant. */
    public Builder completedBefore(Instant t) {
      completedBefore = format(t);
      return this;
    }

    /** Sets {@code completed_before}; see {@link TaskListRequest#completedBefore()}. */
    public Builder completedBefore(LocalDate d) {
      completedBefore = format(d);
      return this;
    }

    /** Tasks updated after this instant. */
    public Builder updatedAfter(Instant t) {
      updatedAfter = format(t);
      return this;
    }

    /** Sets {@code updated_after}; see {@link TaskListRequest#updatedAfter()}. */
    public Builder updatedAfter(LocalDate d) {
      updatedAfter = format(d);
      return this;
    }

    /** Tasks updated before this instant. */
    public Builder updatedBefore(Instant t) {
      updatedBefore = format(t);
      return this;
    }

    /** Sets {@code updated_before}; see {@link TaskListRequest#updatedBefore()}. */
    public Builder updatedBefore(LocalDate d) {
      updatedBefore = format(d);
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
      if (v < 1 || v > MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT
            + " but was " + v);
      }
      limit = v;
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

    private static String format(Instant t) {
      return Objects.requireNonNull(t, "time").toString();
    }

    private static String format(LocalDate d) {
      return Objects.requireNonNull(d, "date").toString();
    }
  }
}
