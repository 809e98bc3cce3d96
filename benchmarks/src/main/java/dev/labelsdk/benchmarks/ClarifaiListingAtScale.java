package dev.labelsdk.benchmarks;

/**
 * Benchmark 2, Clarifai half: p50/p99 of one ListTasks page (per_page 100, filtered by worker)
 * with 1,000 and then 1,000,000 tasks in the app, and the heap each task costs.
 */
final class ClarifaiListingAtScale {

  private static final String PAGE = ClarifaiLoad.APP + "/tasks?worker_user_ids=w3&per_page=100";

  private ClarifaiListingAtScale() {}

  static void run(int large) throws Exception {
    try (RefonteFixture f = new RefonteFixture()) {
      Table table = new Table("Listing at scale: GET " + PAGE,
          "tasks stored", "p50 ms", "p99 ms", "tasks in the page", "heap per task");
      long empty = Heap.usedAfterGc();
      ClarifaiLoad.populate(f, 1_000);
      long small = Heap.usedAfterGc();
      Load.Result a = measure(f);
      table.row("1,000", Table.number(a.percentileMillis(50)), Table.number(a.percentileMillis(99)),
          pageSize(f), (small - empty) / 1_000 + " B");
      ClarifaiLoad.populate(f, large - 1_000);
      long big = Heap.usedAfterGc();
      Load.Result b = measure(f);
      table.row(String.format("%,d", large), Table.number(b.percentileMillis(50)),
          Table.number(b.percentileMillis(99)), pageSize(f), (big - empty) / large + " B");
      table.row("ratio (target <= 2)", Table.ratio(b.percentileMillis(50) / a.percentileMillis(50)),
          Table.ratio(b.percentileMillis(99) / a.percentileMillis(99)), "", "");
      table.print();
    }
  }

  private static Load.Result measure(RefonteFixture f) throws Exception {
    Load.run(1, 1_000, i -> f.call("GET", PAGE, null, ClarifaiLoad.AUTH));
    return Load.best(3, 1, 2_000, i -> f.call("GET", PAGE, null, ClarifaiLoad.AUTH));
  }

  private static int pageSize(RefonteFixture f) throws Exception {
    return RefonteFixture.JSON.readTree(f.call("GET", PAGE, null, ClarifaiLoad.AUTH)).get("tasks").size();
  }
}
