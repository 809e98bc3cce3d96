package dev.labelsdk.mock.clarifai;

import java.util.List;

/**
 * The filters of ListAnnotations (spec §8.7), ANDed; each list matches any of its values and
 * an empty one does not filter.
 */
public record AnnotationQuery(List<String> ids, List<String> inputIds, List<String> userIds,
    List<StatusCode> statuses, String taskId, boolean listAll) {

  public AnnotationQuery {
    ids = List.copyOf(ids);
    inputIds = List.copyOf(inputIds);
    userIds = List.copyOf(userIds);
    statuses = List.copyOf(statuses);
  }

  boolean matches(Annotation a, List<String> users, String ownerId) {
    // (mock choice) "trusted" annotations are the app owner's
    boolean allAuthors = listAll || !users.isEmpty() || taskId != null;
    return (ids.isEmpty() || ids.contains(a.id()))
        && (inputIds.isEmpty() || inputIds.contains(a.inputId()))
        && (users.isEmpty() || users.contains(a.userId()))
        && (statuses.isEmpty() || statuses.contains(a.status()))
        && (taskId == null || taskId.equals(a.taskId()))
        && (allAuthors || ownerId.equals(a.userId()));
  }
}
