package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Page;
import java.util.List;
import java.util.Optional;

/**
 * One page of {@code GET /v1/tasks}. Pass {@link #nextToken()} to
 * {@link TaskListRequest.Builder#nextToken(String)} for the next page, or let
 * {@code tasks().listAll(...)} do it.
 *
 * @param docs the tasks of this page, newest first
 * @param total how many tasks match the filters in all
 * @param limit the effective page size
 * @param offset how many matching tasks rank before the first of this page
 * @param hasMore whether more matching tasks follow
 * @param nextToken the cursor of the next page; empty when none
 */
public record TaskPage(
    List<Task> docs, long total, int limit, long offset, boolean hasMore,
    Optional<String> nextToken) implements Page<Task> {

  /** Validates the components and makes defensive copies. */
  public TaskPage {
    docs = List.copyOf(docs);
    nextToken = nextToken.filter(t -> !t.isEmpty());
  }

  /**
   * Parses a task page.
   * The model keeps parts of {@code json} without copying them: do not change the tree
   * afterwards (pass {@code json.deepCopy()} if you must).
   *
   * @throws IllegalArgumentException if {@code docs} is missing or a value has the wrong type
   */
  /** The tasks: {@link #docs()}. */
  @Override
  public List<Task> items() {
    return docs;
  }

  /** The {@code next_token}: {@link #nextToken()}. */
  @Override
  public Optional<String> nextCursor() {
    return nextToken;
  }

  public static TaskPage fromJson(JsonNode json) {
    Fields f = Fields.of(json, "task page");
    List<Task> docs = f.optList("docs", Task::fromJson).orElseThrow(() ->
        new IllegalArgumentException("task page: \"docs\" is missing"));
    return new TaskPage(docs,
        f.optLong("total").orElse((long) docs.size()),
        f.optInt("limit").orElse(docs.size()),
        f.optLong("offset").orElse(0L),
        f.optBoolean("has_more").orElse(false),
        f.optString("next_token"));
  }
}
