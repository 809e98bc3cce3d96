package dev.labelsdk.mock.refonte;

import java.util.List;

/**
 * One page of {@code GET /v1/tasks} (spec §4.4): the tasks, newest first, the filtered
 * {@code total}, the page's {@code limit} and {@code offset}, and the token of the next page
 * (null on the last).
 */
public record TaskPage(List<TaskView> docs, long total, int limit, long offset, boolean hasMore,
    String nextToken) {

  public TaskPage {
    docs = List.copyOf(docs);
  }
}
