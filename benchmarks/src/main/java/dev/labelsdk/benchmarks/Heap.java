package dev.labelsdk.benchmarks;

/** Heap readings after a full collection. */
final class Heap {

  private Heap() {}

  /** Bytes of live heap, measured after asking for collections until the value settles. */
  static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      long used = rt.totalMemory() - rt.freeMemory();
      if (Math.abs(previous - used) < 1024 * 1024) {
        return used;
      }
      previous = used;
    }
    return previous;
  }

  static String mib(long bytes) {
    return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
