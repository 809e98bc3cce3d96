package dev.labelsdk.mock.clarifai;

import java.util.List;

/**
 * The filters of ListTasks (spec §7.3), ANDed; a list matches any of its values and an empty
 * list does not filter. {@code inputSourceType} null (or NOT_SET) does not filter.
 */
public record TaskQuery(List<String> workerUserIds, List<String> reviewUserIds, List<String> ids,
    InputSourceType inputSourceType, List<String> inputSourceIds, List<String> labelOrderIds,
    boolean includingLabelOrderTasks) {

  public TaskQuery {
    workerUserIds = List.copyOf(workerUserIds);
    reviewUserIds = List.copyOf(reviewUserIds);
    ids = List.copyOf(ids);
    inputSourceIds = List.copyOf(inputSourceIds);
    labelOrderIds = List.copyOf(labelOrderIds);
  }

  /** No filter at all. */
  public static TaskQuery all() {
    return new TaskQuery(List.of(), List.of(), List.of(), null, List.of(), List.of(), false);
  }

  boolean matches(Task t, List<String> workers, List<String> reviewers) {
    String labelOrder = t.spec().labelOrderId();
    boolean hasLabelOrder = labelOrder != null && !labelOrder.isEmpty();
    if (!labelOrderIds.isEmpty()) {
      if (!hasLabelOrder || !labelOrderIds.contains(labelOrder)) {
        return false;
      }
    } else if (hasLabelOrder && !includingLabelOrderTasks) {
      return false;
    }
    return (workers.isEmpty() || t.workers().stream().anyMatch(workers::contains))
        && (reviewers.isEmpty() || t.reviewers().stream().anyMatch(reviewers::contains))
        && (ids.isEmpty() || ids.contains(t.id()))
        && (inputSourceType == null || inputSourceType == InputSourceType.INPUT_SOURCE_TYPE_NOT_SET
            || t.spec().inputSource().type() == inputSourceType)
        && (inputSourceIds.isEmpty() || (t.spec().inputSource().id() != null
            && inputSourceIds.contains(t.spec().inputSource().id())));
  }
}
