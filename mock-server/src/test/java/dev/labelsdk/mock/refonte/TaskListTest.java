package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/tasks} at the engine level (spec §4.4): order, filters, totals, offsets and tokens. */
class TaskListTest extends EngineFixture {

  private final Caller c = caller("live_lister");

  /** Five tasks a second apart, oldest first: t0..t4; t1 and t3 completed, t3 accepted. */
  private List<String> fiveTasks() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      ids.add(engine.tasks().create(c, Nodes.image("http://x/" + i).project(i % 2 == 0 ? "even" : "odd")
          .tags(List.of("t" + i)).uniqueId("u" + i).build()).id());
      clock.advance(Duration.ofSeconds(1));
    }
    engine.control().complete(ids.get(1), null, null);
    engine.control().complete(ids.get(3), null, ReviewStatus.ACCEPTED);
    return ids;
  }

  private List<String> ids(TaskFilter filter) {
    return engine.tasks().list(c, filter, null, 0, 100).docs().stream().map(TaskView::id).toList();
  }

  @Test
  void newestFirstWithEveryFilterAndItsTotal() {
    List<String> t = fiveTasks();

    assertThat(ids(TaskFilter.NONE)).containsExactly(t.get(4), t.get(3), t.get(2), t.get(1), t.get(0));
    assertThat(ids(TaskFilter.builder().status(TaskStatus.COMPLETED).build())).containsExactly(t.get(3), t.get(1));
    assertThat(ids(TaskFilter.builder().project("even").build())).containsExactly(t.get(4), t.get(2), t.get(0));
    assertThat(ids(TaskFilter.builder().tags(List.of("t0", "t2")).build())).containsExactly(t.get(2), t.get(0));
    assertThat(ids(TaskFilter.builder().uniqueIds(List.of("u4")).build())).containsExactly(t.get(4));
    assertThat(ids(TaskFilter.builder().reviewStatuses(Set.of(ReviewStatus.ACCEPTED)).build())).containsExactly(t.get(3));
    long second = START.toEpochMilli() + 1000;
    assertThat(ids(TaskFilter.builder().startTime(second).endTime(second + 2000).build()))
        .containsExactly(t.get(3), t.get(2), t.get(1));
    assertThat(ids(TaskFilter.builder().type("chat").build())).isEmpty();
    assertThat(engine.tasks().list(c, TaskFilter.builder().project("odd").build(), null, 0, 1).total()).isEqualTo(2);
  }

  @Test
  void tokensContinueWhereThePageEndedEvenWhenNewTasksArrive() {
    List<String> t = fiveTasks();
    TaskPage first = engine.tasks().list(c, TaskFilter.NONE, null, 0, 2);
    assertThat(first.docs()).extracting(TaskView::id).containsExactly(t.get(4), t.get(3));
    assertThat(first.hasMore()).isTrue();

    engine.tasks().create(c, Nodes.image("http://x/new").build()); // newer: not on the next pages
    TaskPage second = engine.tasks().list(c, TaskFilter.NONE, first.nextToken(), 0, 2);
    assertThat(second.docs()).extracting(TaskView::id).containsExactly(t.get(2), t.get(1));
    assertThat(second.offset()).isEqualTo(2);
    TaskPage last = engine.tasks().list(c, TaskFilter.NONE, second.nextToken(), 0, 2);
    assertThat(last.docs()).extracting(TaskView::id).containsExactly(t.get(0));
    assertThat(last.hasMore()).isFalse();
    assertThat(last.nextToken()).isNull();
  }

  @Test
  void anOffsetSkipsMatchesAndBadPagingIsRefused() {
    List<String> t = fiveTasks();
    assertThat(engine.tasks().list(c, TaskFilter.NONE, null, 3, 10).docs()).extracting(TaskView::id)
        .containsExactly(t.get(1), t.get(0));

    assertThatThrownBy(() -> engine.tasks().list(c, TaskFilter.NONE, null, 0, 101))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessage("\"limit\" must be between 1 and 100 (got 101).");
    assertThatThrownBy(() -> engine.tasks().list(c, TaskFilter.NONE, null, -1, 10)).isInstanceOf(RefonteError.class);
    assertThatThrownBy(() -> engine.tasks().list(c, TaskFilter.NONE, "garbage", 0, 10))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER))
        .hasMessage("Invalid next_token.");
  }

  @Test
  void aTokenBelongsToItsTenant() {
    fiveTasks();
    String token = engine.tasks().list(c, TaskFilter.NONE, null, 0, 1).nextToken();
    Caller other = caller("live_other");

    assertThatThrownBy(() -> engine.tasks().list(other, TaskFilter.NONE, token, 0, 1))
        .isInstanceOfSatisfying(RefonteError.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARAMETER));
    assertThat(engine.tasks().list(other, TaskFilter.NONE, null, 0, 10).total()).isZero();
  }

  @Test
  void completedAndUpdatedFiltersUseTheirOwnTimestamps() {
    List<String> t = fiveTasks(); // t1 and t3 completed at START + 5 s
    clock.advance(Duration.ofSeconds(10));
    engine.tasks().setMetadata(c, t.get(0), Nodes.obj("touched", true));
    long completed = START.toEpochMilli() + 5000;

    assertThat(ids(TaskFilter.builder().completedAfter(completed - 1).build())).containsExactly(t.get(3), t.get(1));
    assertThat(ids(TaskFilter.builder().completedBefore(completed).build())).isEmpty();
    assertThat(ids(TaskFilter.builder().updatedAfter(completed).build())).containsExactly(t.get(0));
    assertThat(ids(TaskFilter.builder().updatedBefore(completed).build())).containsExactly(t.get(4), t.get(2));
  }
}
