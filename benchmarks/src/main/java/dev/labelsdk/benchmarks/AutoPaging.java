package dev.labelsdk.benchmarks;

import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import java.util.Iterator;

/**
 * Benchmark 5: auto-paging a million tasks with the SDK's lazy iterator. The live heap is read
 * after collections along the way: it must stay flat (pages are not accumulated).
 */
final class AutoPaging {

  private AutoPaging() {}

  static void run(int count) throws Exception {
    try (RefonteFixture f = new RefonteFixture();
        RefonteClient client = RefonteClient.builder().apiKey(RefonteFixture.KEY)
            .baseUrl(f.server.refonteBaseUrl()).build()) {
      f.populate(count, 0.5);
      long before = Heap.usedAfterGc();
      long peak = before;
      long seen = 0;
      long begin = System.nanoTime();
      Iterator<Task> all = client.tasks().listAll(TaskListRequest.builder().limit(100).build()).iterator();
      Table samples = new Table(String.format("Auto-paging %,d tasks with tasks().listAll() (limit 100)", count),
          "tasks iterated", "live heap after GC", "growth since start");
      samples.row(0, Heap.mib(before), Heap.mib(0));
      while (all.hasNext()) {
        all.next();
        seen++;
        if (seen % (count / 5) == 0) {
          long used = Heap.usedAfterGc();
          peak = Math.max(peak, used);
          samples.row(String.format("%,d", seen), Heap.mib(used), Heap.mib(used - before));
        }
      }
      double seconds = (System.nanoTime() - begin) / 1e9;
      samples.row("peak growth", Heap.mib(peak), Heap.mib(peak - before));
      samples.print();
      System.out.printf("%,d tasks in %.1f s (%,.0f tasks/s, %,.0f pages/s)%n", seen, seconds,
          seen / seconds, seen / 100 / seconds);
      if (seen != count) {
        throw new IllegalStateException("iterated " + seen + " tasks, expected " + count);
      }
    }
  }
}
