package dev.labelsdk.benchmarks;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkProgressListener;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.server.LabelMockServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Issue 13's Clarifai bulk figure: N inputs (batches of 128, client ids) then N tasks (ids
 * derived from the run id) against the mock's request rate limit R, with 20% of the creates
 * answered 98004 after they were stored and 5% dropped after they were stored, spread over the
 * run; once in one run, once killed at 50% of each and rerun from the checkpoints. The tasks go
 * {@code -Dbench.clarifai.taskBatches} a request (default "1,32": one a request, the baseline,
 * then the default batch, alternating in the same run). Throughput is distinct tasks created
 * per second of the task phase, divided by R (R counts requests, as Clarifai's limit does).
 * Every task is over a one-input dataset, so a task create costs the mock the same at any app
 * size.
 */
final class ClarifaiBulk {

  private static final String PAT = "pat-bench";
  private static final String USER = "bench";
  private static final String APP = "bulk";

  private ClarifaiBulk() {}

  static void run(int n, int rate, int concurrency, boolean faults) throws Exception {
    List<Integer> taskBatches = java.util.Arrays.stream(
        System.getProperty("bench.clarifai.taskBatches", "1,32").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    Table table = new Table(String.format("Bulk: %,d Clarifai inputs (batches of 128) then %,d"
        + " tasks, request limit R = %d/s, 20%% 98004-after-commit + 5%%"
        + " dropped-after-commit, concurrency %d", n, n, rate, concurrency),
        "run", "tasks a request", "inputs", "tasks", "duplicates", "failed",
        "s (inputs + tasks)", "tasks/s", "tasks/s / R (target >= 0.9)",
        "requests/s / R (tasks)", "requests a task");
    for (String mode : List.of("one run", "killed at 50%, then rerun")) {
      for (int taskBatch : taskBatches) {
        measure(table, mode, taskBatch, n, rate, concurrency, faults);
      }
    }
    table.print();
  }

  private static void measure(Table table, String mode, int taskBatch, int n, int rate,
      int concurrency, boolean faults) throws Exception {
    boolean kill = mode.startsWith("killed");
    AtomicInteger sent = new AtomicInteger();
    try (LabelMockServer server = LabelMockServer.builder()
        .clarifai(ClarifaiConfig.builder().rateLimitPerSecond(rate).requestLogCapacity(0)
            .build())
        .journalCapacity(0).build().start();
        ClarifaiClient client = ClarifaiClient.builder().pat(PAT).userId(USER).appId(APP)
            .baseUrl(server.clarifaiBaseUrl()).httpClient(RefonteFixture.client().newBuilder()
                .addInterceptor(chain -> {
                  sent.incrementAndGet();
                  return chain.proceed(chain.request());
                }).build()).build()) {
      server.clarifai().addApp(USER, APP).addPat(PAT, USER);
      server.clarifai().setRateLimit(0); // setting up is not measured
      client.datasets().create(Dataset.of("all", "every input"));
      client.datasets().create(Dataset.of("one", "the input each task is over"));
      server.clarifai().setRateLimit(rate);

      List<Input> inputs = IntStream.range(0, n).mapToObj(i -> Input.builder()
          .id("in-" + i).text("text " + i)
          .datasetIds(i == 0 ? new String[] {"all", "one"} : new String[] {"all"}).build())
          .toList();
      List<Task> tasks = IntStream.range(0, n).mapToObj(i -> Task.builder()
          .name("bench " + i).concepts("water").inputSource(InputSource.dataset("one"))
          .build()).toList();

      Path inputsCkpt = Files.createTempFile("bench-inputs", ".ckpt");
      Path tasksCkpt = Files.createTempFile("bench-tasks", ".ckpt");
      Files.delete(inputsCkpt);
      Files.delete(tasksCkpt);
      long failed = 0;
      long start = System.nanoTime();
      failed += runTwice(kill, n, 128, concurrency, inputsCkpt, server, faults, "/inputs$",
          o -> client.inputs().submitAll(inputs, o));
      double inputSeconds = (System.nanoTime() - start) / 1e9;
      long taskStart = System.nanoTime();
      int sentBeforeTasks = sent.get();
      failed += runTwice(kill, n, taskBatch, concurrency, tasksCkpt, server, faults,
          "/tasks$", o -> client.tasks().submitAll(tasks, taskBatch, o));
      double taskSeconds = (System.nanoTime() - taskStart) / 1e9;
      int taskRequests = sent.get() - sentBeforeTasks;
      Files.deleteIfExists(inputsCkpt);
      Files.deleteIfExists(tasksCkpt);

      server.clarifai().setRateLimit(0);
      server.clarifai().clearFaults();
      long inputCount = 0;
      for (Input ignored : client.inputs().listAll()) {
        inputCount++;
      }
      Set<String> names = new HashSet<>();
      long taskCount = 0;
      for (Task t : client.tasks().listAll(TaskQuery.all().perPage(1000))) {
        taskCount++;
        names.add(t.name());
      }
      table.row(mode, taskBatch, inputCount, taskCount, taskCount - names.size(), failed,
          String.format("%.1f + %.1f", inputSeconds, taskSeconds),
          Table.number(names.size() / taskSeconds),
          Table.ratio(names.size() / taskSeconds / rate),
          Table.ratio(taskRequests / taskSeconds / rate),
          String.format("%.3f", (double) taskRequests / n));
    }
  }

  /**
   * One submission (or a run cancelled at 50% and its rerun from the checkpoint), with the
   * faults spread over it: per 20 requests done, 4 lost after commit and 1 dropped after.
   */
  private static <T> long runTwice(boolean kill, int n, int perRequest, int concurrency,
      Path checkpoint, LabelMockServer server, boolean faults, String route,
      Function<BulkOptions, BulkJob<T>> submit) {
    AtomicReference<BulkJob<T>> job = new AtomicReference<>();
    AtomicInteger faulted = new AtomicInteger();
    int requests = (n + perRequest - 1) / perRequest;
    BulkProgressListener listener = p -> {
      long requestsDone = p.done() / perRequest;
      while (faults && faulted.get() < requestsDone / 20 && faulted.get() < requests / 20) {
        faulted.incrementAndGet();
        server.clarifai().addFault(ClarifaiFault.status(98004).afterProcessing().times(4)
            .on("POST", route));
        server.clarifai().addFault(ClarifaiFault.drop().afterProcessing().on("POST", route));
      }
      if (kill && p.done() >= n / 2 && job.get() != null) {
        job.get().cancel();
      }
    };
    job.set(submit.apply(BulkOptions.builder().concurrency(concurrency).checkpoint(checkpoint)
        .progressListener(listener).build()));
    BulkResult<T> result = job.get().join();
    long failed = result.failed();
    if (kill) {
      // The rerun from the checkpoint, with the faults going on where the first run left them.
      job.set(null);
      failed += submit.apply(BulkOptions.builder().concurrency(concurrency)
          .checkpoint(checkpoint).progressListener(listener).build()).join().failed();
    }
    return failed;
  }
}
