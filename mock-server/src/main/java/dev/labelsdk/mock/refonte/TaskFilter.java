package dev.labelsdk.mock.refonte;

import java.util.List;
import java.util.Set;

/**
 * The filters of {@code GET /v1/tasks} (spec §4.4), combined with AND. Null or empty means "no
 * filter"; times are epoch milliseconds.
 */
public record TaskFilter(
    Long startTime,
    Long endTime,
    Long completedAfter,
    Long completedBefore,
    Long updatedAfter,
    Long updatedBefore,
    TaskStatus status,
    String type,
    String project,
    String batch,
    Set<ReviewStatus> reviewStatuses,
    List<String> tags,
    List<String> uniqueIds) {

  public static final TaskFilter NONE = builder().build();

  public TaskFilter {
    reviewStatuses = reviewStatuses == null ? Set.of() : Set.copyOf(reviewStatuses);
    tags = tags == null ? List.of() : List.copyOf(tags);
    uniqueIds = uniqueIds == null ? List.of() : List.copyOf(uniqueIds);
  }

  public static Builder builder() {
    return new Builder();
  }

  boolean matches(Task t) {
    return matchesBucket(t.project, t.batch, t.type, t.status, t.reviewStatus)
        && (startTime == null || t.createdAt >= startTime)
        && (endTime == null || t.createdAt <= endTime)
        && (completedAfter == null || (t.completedAt >= 0 && t.completedAt > completedAfter))
        && (completedBefore == null || (t.completedAt >= 0 && t.completedAt < completedBefore))
        && (updatedAfter == null || t.updatedAt > updatedAfter)
        && (updatedBefore == null || t.updatedAt < updatedBefore)
        && (tags.isEmpty() || (t.tags != null && t.tags.stream().anyMatch(tags::contains)))
        && (uniqueIds.isEmpty() || (t.uniqueId != null && uniqueIds.contains(t.uniqueId)));
  }

  /** Whether tasks filed under these index dimensions can match. */
  boolean matchesBucket(
      String project, String batch, String type, TaskStatus status, ReviewStatus review) {
    return (this.project == null || this.project.equals(project))
        && (this.batch == null || this.batch.equals(batch))
        && (this.type == null || this.type.equals(type))
        && (this.status == null || this.status == status)
        && (reviewStatuses.isEmpty() || (review != null && reviewStatuses.contains(review)));
  }

  /** True when only index dimensions are filtered, so bucket sizes give the exact total. */
  boolean onlyBucketDimensions() {
    return startTime == null && endTime == null && completedAfter == null
        && completedBefore == null && updatedAfter == null && updatedBefore == null
        && tags.isEmpty() && uniqueIds.isEmpty();
  }

  public static final class Builder {
    private Long startTime;
    private Long endTime;
    private Long completedAfter;
    private Long completedBefore;
    private Long updatedAfter;
    private Long updatedBefore;
    private TaskStatus status;
    private String type;
    private String project;
    private String batch;
    private Set<ReviewStatus> reviewStatuses;
    private List<String> tags;
    private List<String> uniqueIds;

    public Builder startTime(Long v) { startTime = v; return this; }
    public Builder endTime(Long v) { endTime = v; return this; }
    public Builder completedAfter(Long v) { completedAfter = v; return this; }
    public Builder completedBefore(Long v) { completedBefore = v; return this; }
    public Builder updatedAfter(Long v) { updatedAfter = v; return this; }
    public Builder updatedBefore(Long v) { updatedBefore = v; return this; }
    public Builder status(TaskStatus v) { status = v; return this; }
    public Builder type(String v) { type = v; return this; }
    public Builder project(String v) { project = v; return this; }
    public Builder batch(String v) { batch = v; return this; }
    public Builder reviewStatuses(Set<ReviewStatus> v) { reviewStatuses = v; return this; }
    public Builder tags(List<String> v) { tags = v; return this; }
    public Builder uniqueIds(List<String> v) { uniqueIds = v; return this; }

    public TaskFilter build() {
      return new TaskFilter(startTime, endTime, completedAfter, completedBefore, updatedAfter,
          updatedBefore, status, type, project, batch, reviewStatuses, tags, uniqueIds);
    }
  }
}
