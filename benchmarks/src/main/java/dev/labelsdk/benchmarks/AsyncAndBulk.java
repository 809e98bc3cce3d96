package dev.labelsdk.benchmarks;

import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.mock.server.LabelMockServer;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskType;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

/**
 * Issue 13's targets: async gets with 64 in flight vs sequential sync gets on the same server;
 * bulk submission against the mock's create rate limit R with 20% commit-then-503 and 5%
 * connection resets spread over the run, plus a run killed at 50% and rerun.
 * {@code -Dbench.bulk.tasks} (default 5,000), {@code -Dbench.bulk.rate} (R, default 200; 0 for none), {@code -Dbench.bulk.concurrency} (64), {@code -Dbench.bulk.noFaults}, {@code -Dbench.bulk.only} (Refonte bulk only),
 * {@code -Dbench.clarifai.items} (default 2,000), {@code -Dbench.clarifai.only},
 * {@code -Dbench.async.only}, {@code -Dbench.async.skip}, {@code -Dbench.async.url} (the async
 * figure against a mock in another JVM).
 */
final class AsyncAndBulk {

  private static final int CONCURRENCY = Integer.getInteger("bench.bulk.concurrency", 64);
  private static final boolean FAULTS = !Boolean.getBoolean("bench.bulk.noFaults");

  private AsyncAndBulk() {}

  static void run() throws Exception {
    String external = System.getProperty("bench.async.url");
    if (external != null) {
      asyncAgainst(external);
      return;
    }
    if (!Boolean.getBoolean("bench.bulk.only") && !Boolean.getBoolean("bench.clarifai.only")
        && !Boolean.getBoolean("bench.async.skip")) {
      async();
    }
    if (Boolean.getBoolean("bench.async.only")) {
      return;
    }
    if (!Boolean.getBoolean("bench.clarifai.only")) {
      bulk(Integer.getInteger("bench.bulk.tasks", 5_000), Integer.getInteger("bench.bulk.rate", 200));
    }
    if (!Boolean.getBoolean("bench.bulk.only")) {
      ClarifaiBulk.run(Integer.getInteger("bench.clarifai.items", 2_000),
          Integer.getInteger("bench.bulk.rate", 200), CONCURRENCY, FAULTS);
    }
  }

  /**
   * The async figure against a mock running in another JVM ({@code -Dbench.async.url}, its
   * Refonte base URL, e.g. {@code http://127.0.0.1:8089/v1}), so that the client's JVM and
   * the server's are separate processes sharing the machine's cores.
   */
  private static void asyncAgainst(String baseUrl) throws Exception {
    try (RefonteClient client = RefonteClient.builder().apiKey(RefonteFixture.KEY)
        .baseUrl(baseUrl).build()) {
      List<String> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        ids.add(client.tasks().create(CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
            .instruction("async " + i).build()).taskId());
      }
      compare(client, ids, "mock standalone in another JVM");
    }
  }

  private static void async() throws Exception {
    try (RefonteFixture f = new RefonteFixture();
        RefonteClient client = RefonteClient.builder().apiKey(RefonteFixture.KEY)
            .baseUrl(f.server.refonteBaseUrl()).build()) {
      compare(client, f.populate(1_000, 0.5), "same in-process mock");
    }
  }

  private static void compare(RefonteClient client, List<String> ids, String where)
      throws Exception {
    int ops = 1_000;
    Load.Op syncGet = i -> client.tasks().get(ids.get(i % ids.size()));
    Load.run(1, ops, syncGet);
    asyncGets(client, ids, ops, 64);
    double syncBest = 0;
    double asyncBest = 0;
    double syncCpu = Double.MAX_VALUE;
    double asyncCpu = Double.MAX_VALUE;
    for (int round = 0; round < 5; round++) {
      long cpu = cpuNanos();
      syncBest = Math.max(syncBest, Load.run(1, ops, syncGet).perSecond());
      syncCpu = Math.min(syncCpu, (cpuNanos() - cpu) / 1e3 / ops);
      cpu = cpuNanos();
      asyncBest = Math.max(asyncBest, asyncGets(client, ids, ops, 64));
      asyncCpu = Math.min(asyncCpu, (cpuNanos() - cpu) / 1e3 / ops);
    }
    // What 2 cores allow: this JVM's CPU per get bounds the rate at cores / CPU per get.
    int cores = Runtime.getRuntime().availableProcessors();
    new Table("Async: 1,000 gets, 64 in flight (client.async()) vs sequential sync, " + where
        + " (best of 5; CPU = this JVM's CPU time per get, lowest of 5)", "mode", "gets/s",
        "ratio (target >= 4)", "CPU µs per get", "cores busy", "bound: cores / CPU per get")
        .row("sync, sequential", Table.number(syncBest), "1.00", Table.number(syncCpu),
            String.format("%.2f", syncBest * syncCpu / 1e6), "-")
        .row("async, 64 in flight", Table.number(asyncBest), Table.ratio(asyncBest / syncBest),
            Table.number(asyncCpu), String.format("%.2f", asyncBest * asyncCpu / 1e6),
            Table.number(cores * 1e6 / asyncCpu) + " gets/s = "
                + Table.ratio(cores * 1e6 / asyncCpu / syncBest))
        .print();
  }

  /** CPU time of this JVM, all threads (client, OkHttp, and an in-process mock). */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Gets/s of {@code ops} async gets with {@code window} in flight. */
  private static double asyncGets(RefonteClient client, List<String> ids, int ops, int window)
      throws Exception {
    AtomicInteger next = new AtomicInteger();
    CompletableFuture<Void> done = new CompletableFuture<>();
    AtomicInteger finished = new AtomicInteger();
    long start = System.nanoTime();
    Runnable[] launch = new Runnable[1];
    launch[0] = () -> {
      int i = next.getAndIncrement();
      if (i >= ops) {
        return;
      }
      client.async().tasks().get(ids.get(i % ids.size())).whenComplete((t, e) -> {
        if (e != null) {
          done.completeExceptionally(e);
        } else if (finished.incrementAndGet() == ops) {
          done.complete(null);
        } else {
          launch[0].run();
        }
      });
    };
    for (int w = 0; w < window; w++) {
      launch[0].run();
    }
    done.get();
    return ops / ((System.nanoTime() - start) / 1e9);
  }

  private static void bulk(int n, int rate) throws Exception {
    Table table = new Table(String.format("Bulk: %,d Refonte tasks, create limit R = %d/s (burst"
        + " R), 20%% commit-then-503 + 5%% commit-then-reset, concurrency %d", n, rate, CONCURRENCY),
        "run", "tasks in account", "duplicates", "failed", "s", "tasks/s", "vs R (target >= 0.9)");
    List<CreateTaskRequest> items = IntStream.range(0, n).mapToObj(i ->
        CreateTaskRequest.builder(TaskType.TEXT_COLLECTION).instruction("bulk " + i)
            .uniqueId("bulk-" + i).build()).toList();
    for (String mode : List.of("one run", "killed at 50%, then rerun")) {
      try (LabelMockServer server = LabelMockServer.builder()
          .refonte(RefonteConfig.builder().rateLimit(rate == 0 ? RateLimit.UNLIMITED : new RateLimit(rate, rate))
              .requestLogCapacity(0).build())
          .journalCapacity(0).build().start();
          RefonteClient client = RefonteClient.builder().apiKey(RefonteFixture.KEY)
              .baseUrl(server.refonteBaseUrl()).build()) {
        AtomicReference<BulkJob<Task>> job = new AtomicReference<>();
        boolean kill = mode.startsWith("killed");
        AtomicInteger faulted = new AtomicInteger();
        java.nio.file.Path checkpoint = java.nio.file.Files.createTempFile("bench-bulk", ".ckpt");
        java.nio.file.Files.delete(checkpoint);
        dev.labelsdk.core.bulk.BulkProgressListener listener = p -> {
          // Spread the faults over the run: per 20 items done, 4 lost answers and 1 reset.
          while (FAULTS && faulted.get() < p.done() / 20 && faulted.get() < n / 20) {
            faulted.incrementAndGet();
            server.refonte().addFault(Fault.status(503).afterProcessing().times(4)
                .on("POST", "/v1/task/"));
            server.refonte().addFault(Fault.reset().afterProcessing().on("POST", "/v1/task/"));
          }
          if (kill && p.done() >= n / 2 && job.get() != null) {
            job.get().cancel();
          }
        };
        BulkOptions options = BulkOptions.builder().concurrency(CONCURRENCY).checkpoint(checkpoint)
            .progressListener(listener).build();
        long start = System.nanoTime();
        job.set(client.tasks().submitAll(items, options));
        BulkResult<Task> result = job.get().join();
        long failed = result.failed();
        if (kill) {
          // The rerun a user makes: the same input and checkpoint file; the faults go on (the
          // skipped half counts as done, so they continue where the first run left them).
          job.set(null);
          result = client.tasks().submitAll(items, BulkOptions.builder().concurrency(CONCURRENCY)
              .checkpoint(checkpoint).progressListener(listener).build()).join();
          failed += result.failed();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long total = client.tasks().list(TaskListRequest.builder().limit(1).build()).total();
        long distinct = client.tasks().listAll(TaskListRequest.builder().limit(100).build())
            .stream().map(t -> t.uniqueId().orElse("")).distinct().count();
        java.nio.file.Files.deleteIfExists(checkpoint);
        table.row(mode, total, total - distinct, failed, String.format("%.1f", seconds),
            Table.number(n / seconds), rate == 0 ? "-" : Table.ratio(n / seconds / rate));
      }
    }
    table.print();
  }
}
