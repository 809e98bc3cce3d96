package dev.labelsdk.benchmarks;

import dev.labelsdk.mock.server.LabelMockServer;
import dev.labelsdk.mock.state.MockState;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

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

      Path file = Files.createTempFile("labelsdk-state", ".json");
      try {
        write(state, file); // warm-up
        Heap.usedAfterGc();
        long t0 = System.nanoTime();
        write(state, file);
        long snapshotMs = (System.nanoTime() - t0) / 1_000_000;
        long size = Files.size(file);
        Heap.usedAfterGc();
        t0 = System.nanoTime();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
          state.restore(in);
        }
        long restoreMs = (System.nanoTime() - t0) / 1_000_000;
        long restoredHeapPerTask = (Heap.usedAfterGc() - empty) / tasks; // the dumped store is garbage now
        print(tasks, snapshotMs, restoreMs, size, heapPerTask, restoredHeapPerTask);
      } finally {
        Files.deleteIfExists(file);
      }
    }
  }

  /** What a state file does: the document streamed to disk. */
  private static void write(MockState state, Path file) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      state.snapshot(out);
    }
  }

  private static void print(int tasks, long snapshotMs, long restoreMs, long size, long heapPerTask,
      long restoredHeapPerTask) {
    Table table = new Table("Snapshot to a file and restore from it (MockState)",
        "tasks stored", "snapshot ms", "restore ms", "size", "bytes per task", "heap per task", "size / heap",
        "heap per task restored");
    table.row(String.format("%,d", tasks), Long.toString(snapshotMs), Long.toString(restoreMs),
        Heap.mib(size), Long.toString(size / tasks), heapPerTask + " B",
        Table.ratio((double) size / tasks / heapPerTask), restoredHeapPerTask + " B");
    table.print();
  }
}
