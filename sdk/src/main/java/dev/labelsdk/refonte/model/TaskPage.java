package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
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

  /** Reads a page; {@code docs} is required, the counts default to the page's own. */
  @JsonCreator
  static TaskPage read(@JsonProperty("docs") List<Task> docs, @JsonProperty("total") Long total,
      @JsonProperty("limit") Integer limit, @JsonProperty("offset") Long offset,
      @JsonProperty("has_more") Boolean hasMore, @JsonProperty("next_token") String nextToken) {
    if (docs == null) {
      throw new IllegalArgumentException("task page: \"docs\" is missing");
    }
    return new TaskPage(docs, total == null ? docs.size() : total,
        limit == null ? docs.size() : limit, offset == null ? 0 : offset,
        hasMore != null && hasMore, Optional.ofNullable(nextToken));
  }

  /** Parses a page (see {@link #read}). */
  public static TaskPage fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskPage.class);
  }
}
