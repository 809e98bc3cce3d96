package dev.labelsdk.benchmarks;

import dev.labelsdk.mock.server.LabelMockServer;
import dev.labelsdk.mock.state.MockState;

/**
 * Snapshot and restore time and size with many Refonte tasks in the store (issue 11 targets:
 * at most 5 s each for 1,000,000 tasks, and at most twice the heap each task costs on disk).
 */
final class SnapshotAtScale {

  private SnapshotAtScale() {}

  static void run(int tasks) throws Exception {
    try (RefonteFixture f = new RefonteFixture()) {
      LabelMockServer s = f.server;
      MockState state = new MockState(s.clock(), s.refonte().engine(), s.clarifai().engine());
      long empty = Heap.usedAfterGc();
      f.populate(tasks, 0.5);
      long heapPerTask = (Heap.usedAfterGc() - empty) / tasks;

      state.snapshot(); // warm-up
      long t0 = System.nanoTime();
      byte[] saved = state.snapshot();
      long snapshotMs = (System.nanoTime() - t0) / 1_000_000;
      Heap.usedAfterGc();
      t0 = System.nanoTime();
      state.restore(saved);
      long restoreMs = (System.nanoTime() - t0) / 1_000_000;

      Table table = new Table("Snapshot and restore (MockState, in process)",
          "tasks stored", "snapshot ms", "restore ms", "size", "bytes per task", "heap per task", "size / heap");
      table.row(String.format("%,d", tasks), Long.toString(snapshotMs), Long.toString(restoreMs),
          Heap.mib(saved.length), Long.toString(saved.length / tasks), heapPerTask + " B",
          Table.ratio((double) saved.length / tasks / heapPerTask));
      table.print();
    }
  }
}
