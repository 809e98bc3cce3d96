package dev.labelsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.TaskListRequest;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Benchmark 3: the clients' get and list versus the same requests made with raw OkHttp and
 * parsed with Jackson, on the same endpoints and the same connection pool settings.
 */
final class SdkOverhead {

  /** Alternating rounds of each side (odd, so the median is one round's ratio). */
  private static final int ROUNDS = 11;

  private SdkOverhead() {}

  static void run() throws Exception {
    try (RefonteFixture f = new RefonteFixture();
        RefonteClient client = RefonteClient.builder()
            .apiKey(RefonteFixture.KEY)
            .baseUrl(f.server.refonteBaseUrl())
            .httpClient(RefonteFixture.client())
            .build()) {
      List<String> ids = f.populate(1_000, 0.5);
      OkHttpClient raw = RefonteFixture.client();
      TaskListRequest listRequest = TaskListRequest.builder().project("project-1").limit(100).build();
      String listPath = "/v1/tasks?project=project-1&limit=100";

      Load.Op sdkGet = i -> client.tasks().get(ids.get(i % ids.size()));
      Load.Op rawGet = i -> rawJson(raw, f, "/v1/task/" + ids.get(i % ids.size()), f.auth);
      Load.Op sdkList = i -> client.tasks().list(listRequest);
      Load.Op rawList = i -> rawJson(raw, f, listPath, f.auth);

      Table table = new Table("SDK overhead: RefonteClient / ClarifaiClient vs raw OkHttp + Jackson (sequential, mean per call)",
          "call", "raw ms", "SDK ms", "ratio (target <= 1.00)", "median of round ratios",
          "SDK - raw: caller CPU us", "SDK - raw: bytes allocated");
      compare(table, "Refonte: get a task", rawGet, sdkGet, 6_000);
      compare(table, "Refonte: list 100 tasks", rawList, sdkList, 2_000);
      clarifai(f, raw, table);
      table.print();
      raw.dispatcher().executorService().shutdown();
    }
  }

  /** The same for ClarifaiClient: GetTask and a ListTasks page of 100 filtered by worker. */
  private static void clarifai(RefonteFixture f, OkHttpClient raw, Table table) throws Exception {
    List<String> ids = ClarifaiLoad.populate(f, 1_000);
    try (ClarifaiClient client = ClarifaiClient.builder().pat("bench-token").userId("mock-user")
        .appId("mock-app").baseUrl(f.server.baseUrl()).httpClient(RefonteFixture.client()).build()) {
      String app = ClarifaiLoad.APP;
      TaskQuery byWorker = TaskQuery.all().workers("w1").perPage(100);
      Load.Op sdkGet = i -> client.tasks().get(ids.get(i % ids.size()));
      Load.Op rawGet = i -> rawJson(raw, f, app + "/tasks/" + ids.get(i % ids.size()), ClarifaiLoad.AUTH);
      Load.Op sdkList = i -> client.tasks().list(byWorker);
      Load.Op rawList = i -> rawJson(raw, f, app + "/tasks?worker_user_ids=w1&per_page=100", ClarifaiLoad.AUTH);
      compare(table, "Clarifai: get a task", rawGet, sdkGet, 6_000);
      compare(table, "Clarifai: list 100 tasks", rawList, sdkList, 2_000);
    }
  }

  private static void compare(Table table, String name, Load.Op raw, Load.Op sdk, int ops) throws Exception {
    Load.run(1, ops, raw);
    Load.run(1, ops, sdk);
    // Alternate the two so that drift on a noisy machine hits both alike; keep each one's best,
    // and the median of each round's ratio (a burst of load spoils one round, not the figure).
    double rawMs = Double.MAX_VALUE;
    double sdkMs = Double.MAX_VALUE;
    double[] ratios = new double[ROUNDS];
    double[] cpu = new double[ROUNDS];
    double[] allocated = new double[ROUNDS];
    Meter rawMeter = new Meter(raw, ops);
    Meter sdkMeter = new Meter(sdk, ops);
    for (int round = 0; round < ROUNDS; round++) {
      double rawRound = 1e3 / Load.run(1, ops, rawMeter).perSecond();
      double sdkRound = 1e3 / Load.run(1, ops, sdkMeter).perSecond();
      rawMs = Math.min(rawMs, rawRound);
      sdkMs = Math.min(sdkMs, sdkRound);
      ratios[round] = sdkRound / rawRound;
      cpu[round] = sdkMeter.cpuMicros - rawMeter.cpuMicros;
      allocated[round] = sdkMeter.bytes - rawMeter.bytes;
    }
    table.row(name, String.format("%.3f", rawMs), String.format("%.3f", sdkMs), Table.ratio(sdkMs / rawMs),
        Table.ratio(median(ratios)), String.format("%+.1f", median(cpu)),
        String.format("%+.0f", median(allocated)));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  /**
   * An op that measures the CPU time and allocation of the thread running one {@code Load.run}
   * of it (one thread, calls 0 to ops - 1): what the caller pays per call, which the server
   * threads on the same cores do not blur as they blur wall time.
   */
  private static final class Meter implements Load.Op {
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Load.Op op;
    private final int ops;
    private long cpuStart;
    private long bytesStart;
    double cpuMicros;
    double bytes;

    Meter(Load.Op op, int ops) {
      this.op = op;
      this.ops = ops;
    }

    @Override
    public void run(int i) throws Exception {
      if (i == 0) {
        cpuStart = THREADS.getCurrentThreadCpuTime();
        bytesStart = THREADS.getCurrentThreadAllocatedBytes();
      }
      op.run(i);
      if (i == ops - 1) {
        cpuMicros = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e3 / ops;
        bytes = (double) (THREADS.getCurrentThreadAllocatedBytes() - bytesStart) / ops;
      }
    }
  }

  private static JsonNode rawJson(OkHttpClient raw, RefonteFixture f, String path, String auth)
      throws Exception {
    Request request = new Request.Builder().url(f.url(path)).header("Authorization", auth).build();
    try (Response r = raw.newCall(request).execute()) {
      return RefonteFixture.JSON.readTree(r.body().byteStream());
    }
  }
}
