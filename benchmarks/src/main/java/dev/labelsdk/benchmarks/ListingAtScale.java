package dev.labelsdk.benchmarks;

/**
 * Benchmark 2: p50/p99 of one filtered list page (limit 100, by project and status) with
 * 1,000 and then 1,000,000 tasks in the store, and the heap each stored task costs.
 */
final class ListingAtScale {

  private static final String PAGE = "/v1/tasks?limit=100&project=project-3&status=completed";

  private ListingAtScale() {}

  static void run(int large) throws Exception {
    try (RefonteFixture f = new RefonteFixture()) {
      Table table = new Table("Listing at scale: GET " + PAGE,
          "tasks stored", "p50 ms", "p99 ms", "total in answer", "heap per task");
      long empty = Heap.usedAfterGc();
      f.populate(1_000, 1.0); // every task of project-3 completed: the page holds 100 docs too
      long small = Heap.usedAfterGc();
      Load.Result a = measure(f);
      table.row("1,000", Table.number(a.percentileMillis(50)), Table.number(a.percentileMillis(99)),
          total(f), (small - empty) / 1_000 + " B");

      f.populate(large - 1_000, 0.5);
      long big = Heap.usedAfterGc();
      Load.Result b = measure(f);
      table.row(String.format("%,d", large), Table.number(b.percentileMillis(50)),
          Table.number(b.percentileMillis(99)), total(f), (big - empty) / large + " B");
      table.row("ratio (target <= 2)", Table.ratio(b.percentileMillis(50) / a.percentileMillis(50)),
          Table.ratio(b.percentileMillis(99) / a.percentileMillis(99)), "", "");
      table.print();
    }
  }

  private static Load.Result measure(RefonteFixture f) throws Exception {
    Load.run(1, 1_000, i -> f.call("GET", PAGE, null)); // warm-up
    return Load.best(3, 1, 2_000, i -> f.call("GET", PAGE, null));
  }

  private static int total(RefonteFixture f) throws Exception {
    return RefonteFixture.JSON.readTree(f.call("GET", PAGE, null)).get("total").asInt();
  }
}
