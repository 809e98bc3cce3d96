package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The index against a brute-force reference: for random tasks, changes and filters, every
 * page, total and has_more must equal what a full scan in newest-first order gives.
 */
class TaskIndexTest {

  private static final String[] PROJECTS = {null, "p1", "p2"};
  private static final String[] BATCHES = {null, "b1", "b2"};
  private static final String[] TYPES = {"imageannotation", "categorization"};
  private static final String[] TAGS = {"red", "green", "blue"};

  @Test
  void queriesMatchAFullScanAcrossRandomTasksChangesAndFilters() {
    Random random = new Random(42);
    TaskIndex index = new TaskIndex();
    List<Task> all = new ArrayList<>();
    long clock = 1_000_000;
    for (int i = 0; i < 600; i++) {
      clock += random.nextInt(3); // equal timestamps happen
      List<String> tags = random.nextInt(3) == 0 ? null : List.of(TAGS[random.nextInt(3)]);
      String uid = random.nextInt(4) == 0 ? "u" + i : null;
      NewTask spec = new NewTask(TYPES[random.nextInt(2)], null, null, "{}", tags, uid, false, null,
          BATCHES[random.nextInt(3)], "{}");
      Task t = new Task("id" + i, i + 1, clock, false, spec, PROJECTS[random.nextInt(3)], null);
      index.add(t);
      all.add(t);
      if (random.nextInt(3) == 0) {
        Task victim = all.get(random.nextInt(all.size()));
        long now = clock;
        index.update(victim, v -> {
          v.status = TaskStatus.values()[random.nextInt(4)];
          v.updatedAt = now;
          if (v.status == TaskStatus.COMPLETED) {
            v.completedAt = now;
            v.reviewStatus = random.nextBoolean() ? ReviewStatus.ACCEPTED : null;
          }
          v.tags = random.nextBoolean() ? List.of(TAGS[random.nextInt(3)], "extra") : v.tags;
        });
      }
    }
    all.sort(Comparator.comparingLong((Task t) -> t.seq).reversed());

    for (int q = 0; q < 3000; q++) {
      TaskFilter filter = randomFilter(random, clock);
      int limit = 1 + random.nextInt(40);
      long afterSeq = random.nextInt(4) == 0 ? 1 + random.nextInt(600) : Long.MAX_VALUE;
      long skip = random.nextInt(5) == 0 ? random.nextInt(20) : 0;

      List<Task> expectedAll = all.stream().filter(filter::matches).toList();
      List<Task> after = expectedAll.stream().filter(t -> t.seq < afterSeq).skip(skip).toList();
      TaskIndex.Result result = index.query(filter, afterSeq, skip, limit);

      assertThat(result.docs()).as("query %d: %s", q, filter)
          .containsExactlyElementsOf(after.subList(0, Math.min(limit, after.size())));
      assertThat(result.total()).as("total %d", q).isEqualTo(expectedAll.size());
      assertThat(result.hasMore()).as("has_more %d", q).isEqualTo(after.size() > limit);
    }
  }

  @Test
  void anIndexFilledInOneGoAnswersAndChangesAsOneFilledTaskByTask() {
    TaskIndex oneByOne = new TaskIndex();
    List<Task> first = tasks(new Random(7));
    first.forEach(oneByOne::add);
    TaskIndex inOneGo = new TaskIndex();
    List<Task> second = tasks(new Random(7)); // the same tasks, as other objects
    inOneGo.addAll(second);

    Random changes = new Random(11);
    for (int round = 0; round < 2; round++) {
      Random queries = new Random(99);
      long clock = second.get(second.size() - 1).createdAt;
      for (int q = 0; q < 1000; q++) {
        TaskFilter filter = randomFilter(queries, clock);
        long afterSeq = queries.nextInt(4) == 0 ? 1 + queries.nextInt(600) : Long.MAX_VALUE;
        int limit = 1 + queries.nextInt(40);
        TaskIndex.Result a = oneByOne.query(filter, afterSeq, 0, limit);
        TaskIndex.Result b = inOneGo.query(filter, afterSeq, 0, limit);
        assertThat(b.docs().stream().map(t -> t.id).toList()).as("round %d query %d: %s", round, q, filter)
            .isEqualTo(a.docs().stream().map(t -> t.id).toList());
        assertThat(b.total()).isEqualTo(a.total());
        assertThat(b.hasMore()).isEqualTo(a.hasMore());
      }
      for (int c = 0; c < 300; c++) { // then both change alike and must still agree
        int i = changes.nextInt(first.size());
        TaskStatus status = TaskStatus.values()[changes.nextInt(4)];
        List<String> tags = changes.nextBoolean() ? List.of(TAGS[changes.nextInt(3)]) : null;
        oneByOne.update(first.get(i), t -> { t.status = status; t.tags = tags; });
        inOneGo.update(second.get(i), t -> { t.status = status; t.tags = tags; });
      }
    }
  }

  /** 600 tasks in creation order with varied buckets, tags (some given twice) and unique ids. */
  private static List<Task> tasks(Random random) {
    List<Task> out = new ArrayList<>();
    long clock = 1_000_000;
    for (int i = 0; i < 600; i++) {
      clock += random.nextInt(3);
      String tag = TAGS[random.nextInt(3)];
      List<String> tags = switch (random.nextInt(3)) {
        case 0 -> null;
        case 1 -> List.of(tag);
        default -> List.of(tag, "extra", tag);
      };
      NewTask spec = new NewTask(TYPES[random.nextInt(2)], null, null, "{}", tags,
          random.nextInt(4) == 0 ? "u" + i : null, false, null, BATCHES[random.nextInt(3)], "{}");
      Task t = new Task("id" + i, i + 1, clock, false, spec, PROJECTS[random.nextInt(3)], null);
      t.status = TaskStatus.values()[random.nextInt(4)];
      t.reviewStatus = random.nextInt(3) == 0 ? ReviewStatus.ACCEPTED : null;
      out.add(t);
    }
    return out;
  }

  private static TaskFilter randomFilter(Random r, long clock) {
    TaskFilter.Builder f = TaskFilter.builder();
    if (r.nextInt(3) == 0) f.project(PROJECTS[1 + r.nextInt(2)]);
    if (r.nextInt(4) == 0) f.batch(BATCHES[1 + r.nextInt(2)]);
    if (r.nextInt(3) == 0) f.status(TaskStatus.values()[r.nextInt(4)]);
    if (r.nextInt(4) == 0) f.type(TYPES[r.nextInt(2)]);
    if (r.nextInt(5) == 0) f.reviewStatuses(Set.of(ReviewStatus.ACCEPTED));
    if (r.nextInt(4) == 0) f.tags(List.of(TAGS[r.nextInt(3)], TAGS[r.nextInt(3)]));
    if (r.nextInt(8) == 0) f.uniqueIds(List.of("u" + r.nextInt(600), "u" + r.nextInt(600)));
    if (r.nextInt(4) == 0) f.startTime(1_000_000L + r.nextInt((int) (clock - 1_000_000 + 1)));
    if (r.nextInt(4) == 0) f.endTime(1_000_000L + r.nextInt((int) (clock - 1_000_000 + 1)));
    if (r.nextInt(6) == 0) f.completedAfter(1_000_000L + r.nextInt((int) (clock - 1_000_000 + 1)));
    if (r.nextInt(6) == 0) f.updatedBefore(1_000_000L + r.nextInt((int) (clock - 1_000_000 + 1)));
    return f.build();
  }

  @Test
  void aUniqueIdCanNeverBeHeldTwice() {
    TaskIndex index = new TaskIndex();
    NewTask spec = new NewTask("chat", null, null, "{}", null, "dup", false, null, null, "{}");
    index.add(new Task("a", 1, 1, false, spec, null, null));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.add(new Task("b", 2, 2, false, spec, null, null)))
        .isInstanceOf(IllegalStateException.class);
  }
}
