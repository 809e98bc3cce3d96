package dev.labelsdk.mock.clarifai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** ListTasks through the worker and reviewer indexes equals a full scan, page for page. */
class TaskStoreTest {

  private static final String[] USERS = {"u1", "u2", "u3", "u4", "u5"};
  private static final AppRef APP = new AppRef("owner", "app");

  @Test
  void indexedPagesMatchAFullScanAcrossAddsReplacementsAndDeletes() {
    Random random = new Random(11);
    TaskStore store = new TaskStore();
    List<String> live = new ArrayList<>(); // oldest first
    for (int i = 0; i < 400; i++) {
      String id = "t" + i;
      store.put(id, task(id, random));
      live.add(id);
      if (random.nextInt(4) == 0) { // replace one: it keeps its place, its people may change
        String old = live.get(random.nextInt(live.size()));
        store.put(old, task(old, random));
      }
      if (random.nextInt(6) == 0) {
        String gone = live.remove(random.nextInt(live.size()));
        store.remove(gone);
      }
    }
    for (int q = 0; q < 500; q++) {
      List<String> workers = pick(random);
      List<String> reviewers = random.nextBoolean() ? pick(random) : List.of();
      List<String> ids = random.nextInt(6) == 0 ? List.of("t" + random.nextInt(400), "t" + random.nextInt(400)) : List.of();
      TaskQuery query = new TaskQuery(workers, reviewers, ids, null, List.of(), List.of(), false);
      Page page = new Page(1 + random.nextInt(4), 1 + random.nextInt(30));

      List<Task> scan = new ArrayList<>();
      for (int i = live.size() - 1; i >= 0; i--) {
        Task t = store.get(live.get(i));
        if (query.matches(t, workers, reviewers)) {
          scan.add(t);
        }
      }
      Iterator<Task> candidates = store.candidates(ids, workers, reviewers);
      List<Task> indexed = page.take(candidates, t -> query.matches(t, workers, reviewers), 1000);

      assertThat(indexed).as("query %d", q).containsExactlyElementsOf(page.slice(scan, 1000));
    }
    assertThat(store.size()).isEqualTo(live.size());
  }

  private static List<String> pick(Random random) {
    List<String> out = new ArrayList<>();
    for (String u : USERS) {
      if (random.nextInt(4) == 0) {
        out.add(u);
      }
    }
    return out;
  }

  private static Task task(String id, Random random) {
    TaskSpec.Worker worker = new TaskSpec.Worker(WorkerStrategy.FULL, pick(random), null, null, false);
    TaskSpec.Review review = new TaskSpec.Review(ReviewStrategy.MANUAL, pick(random), null, null);
    TaskSpec spec = new TaskSpec(id, TaskType.CONCEPTS_CLASSIFICATION, null, null, worker, List.of(),
        null, 0, null, review, null, null, null, null, false, null, null);
    return new Task(id, APP, 0, 0, spec, StatusCode.TASK_IN_PROGRESS, List.of());
  }
}
