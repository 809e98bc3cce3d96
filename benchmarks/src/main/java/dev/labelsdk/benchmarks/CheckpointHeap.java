package dev.labelsdk.benchmarks;

import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkOutcome;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.core.bulk.BulkRunner;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * What a resumed bulk run holds for its checkpoint: a checkpoint of {@code n} finished items
 * (Refonte-like: identity {@code uid:frame-0000001.jpg}, a 24-hex task id), then a run over it
 * through the public {@link BulkRunner} API only, so the same class measures any SDK jar put
 * on the classpath (run it once with the jar before a change and once after, alternating).
 *
 * <ul>
 *   <li>heap: live heap after a full collection while a resumed run is open (one new item in
 *       flight, held), minus the heap before it, per finished identity;
 *   <li>resume: the time of a run over all {@code n} items, every one found finished and
 *       skipped (opening the checkpoint included); nothing is sent.
 * </ul>
 */
final class CheckpointHeap {

  private CheckpointHeap() {}

  static void run(int n, int repeats) throws Exception {
    Path file = Files.createTempFile("labelsdk-checkpoint-heap", ".ckpt");
    try {
      write(file, n);
      System.out.printf("checkpoint: %,d finished items, %,d bytes; sdk jar %s%n", n,
          Files.size(file), BulkRunner.class.getProtectionDomain().getCodeSource().getLocation());
      for (int r = 1; r <= repeats; r++) {
        long bytes = heldWhileResumed(file);
        long resumeNanos = resumeOverAll(file, n);
        System.out.printf("  repeat %d: heap held %s = %.1f bytes per finished identity;"
            + " resume skipping all %,d: %,d ms%n", r, Heap.mib(bytes), (double) bytes / n, n,
            resumeNanos / 1_000_000);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  static String identity(int i) {
    return String.format("uid:frame-%07d.jpg", i);
  }

  private static void write(Path file, int n) throws Exception {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# labelsdk bulk checkpoint\nrun bench-run\n");
      for (int i = 0; i < n; i++) {
        // as the SDK writes it: the identity URL-encoded (':' is %3A)
        out.write("CREATED\t" + identity(i).replace(":", "%3A") + "\t"
            + String.format("%024x", 0x5f0c2d4e8b3aL * 1_000_003L + i) + "\t.\n");
      }
    }
  }

  private static BulkOptions options(Path file) {
    return BulkOptions.builder().checkpoint(file).concurrency(1).build();
  }

  /** Live heap held by a resumed run of {@code file}, measured while its one item waits. */
  private static long heldWhileResumed(Path file) {
    long before = Heap.usedAfterGc();
    CompletableFuture<BulkOutcome<Object>> held = new CompletableFuture<>();
    BulkJob<Object> job = BulkRunner.start(BulkInput.of(List.of("new").iterator()),
        (item, index) -> "uid:not-in-the-checkpoint",
        (index, item, identity, runId) -> held, null, options(file));
    long during = Heap.usedAfterGc();
    // A failed outcome is not recorded: the file stays as written for the next repeat.
    held.complete(BulkOutcome.failed(0, "uid:not-in-the-checkpoint",
        new IllegalStateException("benchmark")));
    job.result().join();
    return during - before;
  }

  /** Nanoseconds of a run over every recorded item (all skipped). */
  private static long resumeOverAll(Path file, int n) {
    Iterator<Integer> items = IntStream.range(0, n).boxed().iterator();
    long start = System.nanoTime();
    BulkResult<Object> result = BulkRunner.<Integer, Object>start(BulkInput.of(items),
        (item, index) -> identity(item),
        (index, item, identity, runId) -> {
          throw new AssertionError("a finished item was sent: " + identity);
        }, null, options(file)).result().join();
    long nanos = System.nanoTime() - start;
    if (result.alreadyExisted() != n) {
      throw new AssertionError("skipped " + result.alreadyExisted() + " of " + n);
    }
    return nanos;
  }
}
