package dev.labelsdk.clarifai.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Filters and paging for {@code annotations().list(...)} (spec §8.7). Filters combine with
 * AND; a filter with several values matches any of them. By default the server lists only
 * "trusted" annotations; naming users or a task, or {@link #allAuthors()}, lists every
 * author's. Immutable: every method returns a new query.
 *
 * <pre>{@code
 * AnnotationQuery.forTask(task.id()).users("u1").statuses(StatusCode.ANNOTATION_AWAITING_REVIEW)
 * }</pre>
 */
public final class AnnotationQuery {

  private static final AnnotationQuery ALL = new AnnotationQuery(new Fields());

  private final Fields f;

  private AnnotationQuery(Fields f) {
    this.f = f;
  }

  /** No filter. */
  public static AnnotationQuery all() {
    return ALL;
  }

  /** The annotations linked to a task. */
  public static AnnotationQuery forTask(String taskId) {
    if (taskId == null || taskId.isBlank()) {
      throw new IllegalArgumentException("the task id must not be blank");
    }
    return ALL.with(x -> x.taskId = taskId);
  }

  /** Annotations with these ids. */
  public AnnotationQuery ids(String... ids) {
    return with(x -> x.ids.addAll(TaskQuery.nonBlank(ids, "annotation id")));
  }

  /** Annotations of these inputs. */
  public AnnotationQuery inputs(String... inputIds) {
    return with(x -> x.inputIds.addAll(TaskQuery.nonBlank(inputIds, "input id")));
  }

  /** Annotations by these authors ({@code me} is the caller). */
  public AnnotationQuery users(String... userIds) {
    return with(x -> x.userIds.addAll(TaskQuery.nonBlank(userIds, "user id")));
  }

  /** Annotations in any of these states (241xx); all states when none is given. */
  public AnnotationQuery statuses(StatusCode... codes) {
    return with(x -> x.statuses.addAll(Arrays.asList(codes)));
  }

  /** Lists every author's annotations, not only trusted ones. */
  public AnnotationQuery allAuthors() {
    return with(x -> x.listAll = true);
  }

  /** The page to fetch (1 for the first). */
  public AnnotationQuery page(int number) {
    Page.requirePage(number);
    return with(x -> x.page = number);
  }

  /** The page size, 1 to {@value Page#MAX_PER_PAGE}. */
  public AnnotationQuery perPage(int size) {
    Page.requirePerPage(size);
    return with(x -> x.perPage = size);
  }

  /** The {@code ids} filter. */
  public List<String> ids() {
    return List.copyOf(f.ids);
  }

  /** The {@code input_ids} filter. */
  public List<String> inputIds() {
    return List.copyOf(f.inputIds);
  }

  /** The {@code user_ids} filter. */
  public List<String> userIds() {
    return List.copyOf(f.userIds);
  }

  /** The {@code statuses.code} filter. */
  public List<StatusCode> statuses() {
    return List.copyOf(f.statuses);
  }

  /** The {@code task_id} filter. */
  public Optional<String> taskId() {
    return Optional.ofNullable(f.taskId);
  }

  /** Whether every author's annotations are listed. */
  public boolean isAllAuthors() {
    return f.listAll;
  }

  /** The page number, when set. */
  public OptionalInt page() {
    return f.page == null ? OptionalInt.empty() : OptionalInt.of(f.page);
  }

  /** The page size, when set. */
  public OptionalInt perPage() {
    return f.perPage == null ? OptionalInt.empty() : OptionalInt.of(f.perPage);
  }

  private AnnotationQuery with(Consumer<Fields> change) {
    Fields copy = f.copy();
    change.accept(copy);
    return new AnnotationQuery(copy);
  }

  @Override
  public String toString() {
    return "AnnotationQuery{ids=" + f.ids + ", inputIds=" + f.inputIds + ", userIds=" + f.userIds
        + ", statuses=" + f.statuses + ", taskId=" + f.taskId + ", allAuthors=" + f.listAll
        + ", page=" + f.page + ", perPage=" + f.perPage + '}';
  }

  /** Mutable only while a new query is made; never shared after. */
  private static final class Fields {
    private final List<String> ids = new ArrayList<>();
    private final List<String> inputIds = new ArrayList<>();
    private final List<String> userIds = new ArrayList<>();
    private final List<StatusCode> statuses = new ArrayList<>();
    private String taskId;
    private boolean listAll;
    private Integer page;
    private Integer perPage;

    Fields copy() {
      Fields c = new Fields();
      c.ids.addAll(ids);
      c.inputIds.addAll(inputIds);
      c.userIds.addAll(userIds);
      c.statuses.addAll(statuses);
      c.taskId = taskId;
      c.listAll = listAll;
      c.page = page;
      c.perPage = perPage;
      return c;
    }
  }
}
