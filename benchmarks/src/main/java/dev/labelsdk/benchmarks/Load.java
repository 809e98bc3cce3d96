package dev.labelsdk.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs an operation a fixed number of times on N threads and measures throughput and latency. */
final class Load {

  /** One operation; {@code i} numbers the calls of one run (for mixes). */
  @FunctionalInterface
  interface Op {
    void run(int i) throws Exception;
  }

  /** What a run measured. */
  record Result(int threads, int ops, double seconds, long[] latenciesNanos) {
    double perSecond() {
      return ops / seconds;
    }

    double percentileMillis(double p) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      int index = (int) Math.min(sorted.length - 1, Math.ceil(p / 100.0 * sorted.length) - 1);
      return sorted[Math.max(0, index)] / 1e6;
    }
  }

  private Load() {}

  /** Runs {@code ops} operations split over {@code threads}; every thread starts together. */
  static Result run(int threads, int ops, Op op) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long[] latencies = new long[ops];
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    int perThread = ops / threads;
    for (int t = 0; t < threads; t++) {
      int from = t * perThread;
      int to = t == threads - 1 ? ops : from + perThread;
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = from; i < to; i++) {
          long begin = System.nanoTime();
          op.run(i);
          latencies[i] = System.nanoTime() - begin;
        }
        return null;
      }));
    }
    long begin = System.nanoTime();
    start.countDown();
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    pool.shutdown();
    return new Result(threads, ops, seconds, latencies);
  }

  /** The best (highest throughput) of {@code rounds} runs: the least disturbed by noise. */
  static Result best(int rounds, int threads, int ops, Op op) throws Exception {
    Result best = null;
    for (int r = 0; r < rounds; r++) {
      Result result = run(threads, ops, op);
      if (best == null || result.perSecond() > best.perSecond()) {
        best = result;
      }
    }
    return best;
  }
}
