package dev.labelsdk.clarifai.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Filters and paging for {@code tasks().list(...)} (spec §7.3). Filters combine with AND; a
 * filter with several values matches any of them (sent as repeated query parameters).
 * Immutable: every method returns a new query.
 *
 * <pre>{@code
 * TaskQuery.all().workers("u1", "u9")                 // tasks u1 or u9 works on
 * TaskQuery.all().reviewers("me").withMetrics()       // tasks I review, with progress
 * TaskQuery.all().inputSource(InputSourceType.DATASET, "lakes").perPage(100)
 * }</pre>
 */
public final class TaskQuery {

  private static final TaskQuery ALL = new TaskQuery(new Builder());

  private final List<String> workerUserIds;
  private final List<String> reviewUserIds;
  private final List<String> ids;
  private final InputSourceType inputSourceType;
  private final List<String> inputSourceIds;
  private final List<String> labelOrderIds;
  private final boolean includingLabelOrderTasks;
  private final Set<AdditionalField> additionalFields;
  private final Integer page;
  private final Integer perPage;

  private TaskQuery(Builder b) {
    this.workerUserIds = List.copyOf(b.workerUserIds);
    this.reviewUserIds = List.copyOf(b.reviewUserIds);
    this.ids = List.copyOf(b.ids);
    this.inputSourceType = b.inputSourceType;
    this.inputSourceIds = List.copyOf(b.inputSourceIds);
    this.labelOrderIds = List.copyOf(b.labelOrderIds);
    this.includingLabelOrderTasks = b.includingLabelOrderTasks;
    this.additionalFields = Set.copyOf(b.additionalFields);
    this.page = b.page;
    this.perPage = b.perPage;
  }

  /** No filter: every task except those of label orders. */
  public static TaskQuery all() {
    return ALL;
  }

  /** Tasks where any of these users is a worker ({@code me} is the caller). */
  public TaskQuery workers(String... userIds) {
    return with(b -> b.workerUserIds.addAll(nonBlank(userIds, "worker user id")));
  }

  /** Tasks where any of these users is a reviewer. */
  public TaskQuery reviewers(String... userIds) {
    return with(b -> b.reviewUserIds.addAll(nonBlank(userIds, "reviewer user id")));
  }

  /** Tasks with these ids. */
  public TaskQuery ids(String... taskIds) {
    return with(b -> b.ids.addAll(nonBlank(taskIds, "task id")));
  }

  /** Tasks whose input source has this type and, if any ids are given, one of these ids. */
  public TaskQuery inputSource(InputSourceType type, String... sourceIds) {
    Objects.requireNonNull(type, "type");
    return with(b -> {
      b.inputSourceType = type;
      b.inputSourceIds.addAll(nonBlank(sourceIds, "input source id"));
    });
  }

  /** Tasks of these label orders (such tasks are otherwise hidden). */
  public TaskQuery labelOrders(String... labelOrderIds) {
    return with(b -> b.labelOrderIds.addAll(nonBlank(labelOrderIds, "label order id")));
  }

  /** Also lists tasks that belong to label orders. */
  public TaskQuery includingLabelOrderTasks() {
    return with(b -> b.includingLabelOrderTasks = true);
  }

  /** Asks for extra fields on every task. */
  public TaskQuery additionalFields(AdditionalField... fields) {
    return with(b -> b.additionalFields.addAll(Arrays.asList(fields)));
  }

  /** Asks for {@link TaskMetrics} on every task. */
  public TaskQuery withMetrics() {
    return additionalFields(AdditionalField.METRICS);
  }

  /**
   * The page to fetch with {@code list} (1 for the first); {@code listAll} starts there.
   *
   * @throws IllegalArgumentException if below 1
   */
  public TaskQuery page(int number) {
    Page.requirePage(number);
    return with(b -> b.page = number);
  }

  /**
   * The page size, 1 to {@value Page#MAX_PER_PAGE}; the server default is
   * {@value Page#DEFAULT_PER_PAGE}.
   *
   * @throws IllegalArgumentException if outside 1..1000
   */
  public TaskQuery perPage(int size) {
    Page.requirePerPage(size);
    return with(b -> b.perPage = size);
  }

  /** The {@code worker_user_ids} filter. */
  public List<String> workerUserIds() {
    return workerUserIds;
  }

  /** The {@code review_user_ids} filter. */
  public List<String> reviewUserIds() {
    return reviewUserIds;
  }

  /** The {@code ids} filter. */
  public List<String> ids() {
    return ids;
  }

  /** The {@code input_source_type} filter. */
  public Optional<InputSourceType> inputSourceType() {
    return Optional.ofNullable(inputSourceType);
  }

  /** The {@code input_source_ids} filter. */
  public List<String> inputSourceIds() {
    return inputSourceIds;
  }

  /** The {@code label_order_ids} filter. */
  public List<String> labelOrderIds() {
    return labelOrderIds;
  }

  /** Whether tasks of label orders are listed too. */
  public boolean isIncludingLabelOrderTasks() {
    return includingLabelOrderTasks;
  }

  /** The {@code additional_fields} values, each once. */
  public List<String> additionalFieldValues() {
    Set<String> values = new LinkedHashSet<>();
    for (AdditionalField f : AdditionalField.values()) {
      if (additionalFields.contains(f)) {
        values.addAll(f.queryValues());
      }
    }
    return List.copyOf(values);
  }

  /** The page number, when set. */
  public OptionalInt page() {
    return page == null ? OptionalInt.empty() : OptionalInt.of(page);
  }

  /** The page size, when set. */
  public OptionalInt perPage() {
    return perPage == null ? OptionalInt.empty() : OptionalInt.of(perPage);
  }

  private TaskQuery with(Consumer<Builder> change) {
    Builder b = new Builder();
    b.workerUserIds.addAll(workerUserIds);
    b.reviewUserIds.addAll(reviewUserIds);
    b.ids.addAll(ids);
    b.inputSourceType = inputSourceType;
    b.inputSourceIds.addAll(inputSourceIds);
    b.labelOrderIds.addAll(labelOrderIds);
    b.includingLabelOrderTasks = includingLabelOrderTasks;
    b.additionalFields.addAll(additionalFields);
    b.page = page;
    b.perPage = perPage;
    change.accept(b);
    return new TaskQuery(b);
  }

  static List<String> nonBlank(String[] values, String what) {
    for (String v : values) {
      if (v == null || v.isBlank()) {
        throw new IllegalArgumentException("a " + what + " must not be blank");
      }
    }
    return Arrays.asList(values);
  }

  @Override
  public String toString() {
    return "TaskQuery{workers=" + workerUserIds + ", reviewers=" + reviewUserIds + ", ids=" + ids
        + ", inputSourceType=" + inputSourceType + ", inputSourceIds=" + inputSourceIds
        + ", labelOrderIds=" + labelOrderIds + ", includingLabelOrderTasks="
        + includingLabelOrderTasks + ", additionalFields=" + additionalFields + ", page=" + page
        + ", perPage=" + perPage + '}';
  }

  private static final class Builder {
    private final List<String> workerUserIds = new ArrayList<>();
    private final List<String> reviewUserIds = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();
    private InputSourceType inputSourceType;
    private final List<String> inputSourceIds = new ArrayList<>();
    private final List<String> labelOrderIds = new ArrayList<>();
    private boolean includingLabelOrderTasks;
    private final Set<AdditionalField> additionalFields = new LinkedHashSet<>();
    private Integer page;
    private Integer perPage;
  }
}
