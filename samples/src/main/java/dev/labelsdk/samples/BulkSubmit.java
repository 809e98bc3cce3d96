package dev.labelsdk.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkOutcome;
import dev.labelsdk.core.bulk.BulkProgress;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.mock.server.LabelMockServer;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.Categorization;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Submits one categorization task per attachment in a JSONL or CSV file, with a progress bar,
 * through {@code client.tasks().submitAll}: bounded concurrency, a rate that adapts to 429s,
 * each item created exactly once. Stop it halfway ({@code --stop-after N}, Ctrl-C, a crash)
 * and run it again: it resumes from its checkpoint without creating a duplicate.
 *
 * <p>Input: JSONL lines {@code {"attachment": "https://...", "unique_id": "img-1"}}
 * ({@code unique_id} optional), or CSV with a header row naming {@code attachment} and
 * optionally {@code unique_id}.
 *
 * <p>{@code --api clarifai} does what a Clarifai user does with a folder of images instead:
 * every row becomes an image input of one dataset, added in batches of 128
 * ({@code inputs().submitAll}, the row's {@code unique_id} as the input id), and once every
 * input is in, one labeling task (id {@value #TASK_ID}) is made over the dataset. A rerun
 * resumes the inputs from {@code inputs.ckpt} and finds the task instead of duplicating it.
 *
 * <p>By default it starts an embedded mock (with the API's rate limits) whose state is kept
 * in {@code <state-dir>/mock-state.json}, so a rerun sees what the first run made. Set
 * {@code REFONTE_API_KEY} (and optionally {@code REFONTE_BASE_URL}), or {@code CLARIFAI_PAT},
 * {@code CLARIFAI_USER_ID} and {@code CLARIFAI_APP_ID} (and optionally
 * {@code CLARIFAI_BASE_URL}), for a real endpoint.
 *
 * <pre>
 * mvn -q -pl samples -am compile exec:java -Dsample=BulkSubmit \
 *     -Dexec.args="images.jsonl --stop-after 500"
 * </pre>
 *
 * Options: {@code --api refonte|clarifai} (default refonte), {@code --stop-after N}, {@code --concurrency C}, {@code --state-dir DIR} (default
 * {@code .bulk-submit}: the checkpoint, and the embedded mock's state).
 */
public final class BulkSubmit {

  /** The dataset the Clarifai mode adds the images to, and its one labeling task. */
  static final String DATASET = "bulk-submit-images";
  static final String TASK_ID = "bulk-submit-labeling";

  private BulkSubmit() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: BulkSubmit FILE.jsonl|FILE.csv [--api refonte|clarifai]"
          + " [--stop-after N] [--concurrency C] [--state-dir DIR]");
      System.exit(2);
    }
    BulkResult<?> result = run(args, System.getenv(), System.out);
    System.exit(result.failed() == 0 ? 0 : 1);
  }

  /** Runs with these arguments and environment, printing to {@code out}. */
  static BulkResult<?> run(String[] args, Map<String, String> env, PrintStream out) {
    Path input = Path.of(args[0]);
    long stopAfter = Long.MAX_VALUE;
    int concurrency = BulkOptions.DEFAULT_CONCURRENCY;
    Path stateDir = Path.of(".bulk-submit");
    String api = "refonte";
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--stop-after" -> stopAfter = Long.parseLong(args[++i]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
        case "--state-dir" -> stateDir = Path.of(args[++i]);
        case "--api" -> api = args[++i];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (!api.equals("refonte") && !api.equals("clarifai")) {
      throw new IllegalArgumentException("--api must be refonte or clarifai, not " + api);
    }
    List<Row> rows = read(input);
    try {
      Files.createDirectories(stateDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    boolean embedded = api.equals("refonte") ? blank(env.get("REFONTE_API_KEY"))
        : blank(env.get("CLARIFAI_PAT"));
    LabelMockServer mock = null;
    if (embedded) {
      mock = LabelMockServer.builder().apiRateLimits()
          .stateFile(stateDir.resolve("mock-state.json"), Duration.ofSeconds(1)).build().start();
      out.println("Using an embedded mock (state in " + stateDir + ")");
    }
    BulkOptions.Builder options = BulkOptions.builder().concurrency(concurrency)
        .checkpoint(stateDir.resolve(api.equals("refonte") ? "bulk.ckpt" : "inputs.ckpt"));
    out.printf("Submitting %d %s from %s%n", rows.size(),
        api.equals("refonte") ? "tasks" : "inputs", input);
    try {
      return api.equals("refonte") ? refonte(rows, env, mock, options, stopAfter, out)
          : clarifai(rows, env, mock, options, stopAfter, out);
    } finally {
      if (mock != null) {
        mock.stop();
      }
    }
  }

  /** One categorization task per row. */
  private static BulkResult<Task> refonte(List<Row> rows, Map<String, String> env,
      LabelMockServer mock, BulkOptions.Builder options, long stopAfter, PrintStream out) {
    String apiKey = mock != null ? "live_bulk_sample" : env.get("REFONTE_API_KEY");
    String baseUrl = mock != null ? mock.refonteBaseUrl()
        : env.getOrDefault("REFONTE_BASE_URL", RefonteClient.DEFAULT_BASE_URL);
    try (RefonteClient client = RefonteClient.builder().apiKey(apiKey).baseUrl(baseUrl)
        .userAgentSuffix("bulk-submit").build()) {
      List<CreateTaskRequest> requests = rows.stream().map(BulkSubmit::request).toList();
      BulkResult<Task> result = submit(o -> client.tasks().submitAll(requests, o), options,
          stopAfter, out);
      if (mock != null) {
        out.printf("Tasks in the account: %d%n",
            client.tasks().list(TaskListRequest.builder().limit(1).build()).total());
      }
      return result;
    }
  }

  /**
   * What a Clarifai user does with a folder of images: the images become inputs of one
   * dataset, added in batches of 128 ({@code inputs().submitAll}), and one labeling task is
   * made over that dataset once every input is in. The task has a fixed id, so a rerun finds
   * it instead of making a second one.
   */
  private static BulkResult<Input> clarifai(List<Row> rows, Map<String, String> env,
      LabelMockServer mock, BulkOptions.Builder options, long stopAfter, PrintStream out) {
    String pat = mock != null ? "pat-bulk-sample" : env.get("CLARIFAI_PAT");
    String user = mock != null ? "bulk" : env.getOrDefault("CLARIFAI_USER_ID", "me");
    String app = mock != null ? "bulk-submit" : env.get("CLARIFAI_APP_ID");
    if (mock != null) {
      mock.clarifai().addApp(user, app).addPat(pat, user); // an upsert: a rerun keeps the data
    }
    String baseUrl = mock != null ? mock.clarifaiBaseUrl()
        : env.getOrDefault("CLARIFAI_BASE_URL", ClarifaiClient.DEFAULT_BASE_URL);
    try (ClarifaiClient client = ClarifaiClient.builder().pat(pat).userId(user).appId(app)
        .baseUrl(baseUrl).build()) {
      try {
        client.datasets().create(Dataset.of(DATASET, "images from BulkSubmit"));
      } catch (dev.labelsdk.core.ConflictException exists) {
        // made by an earlier run
      }
      List<Input> inputs = rows.stream().map(r -> {
        Input.Builder b = Input.builder().imageUrl(r.attachment()).datasetIds(DATASET);
        return (r.uniqueId().isEmpty() ? b : b.id(r.uniqueId())).build();
      }).toList();
      BulkResult<Input> result = submit(o -> client.inputs().submitAll(inputs, o), options,
          stopAfter, out);
      if (!result.cancelled() && result.failed() == 0) {
        BulkOutcome<dev.labelsdk.clarifai.model.Task> task = client.tasks().submitAll(
            List.of(dev.labelsdk.clarifai.model.Task.builder().id(TASK_ID)
                .name("Is this image usable?").concepts("usable", "not usable")
                .inputSource(InputSource.dataset(DATASET)).build()),
            BulkOptions.defaults()).join().outcomes().get(0);
        out.printf("Labeling task %s: %s%n", TASK_ID, task.status().toString().toLowerCase()
            .replace('_', ' '));
      }
      if (mock != null) {
        long count = 0;
        for (Input ignored : client.inputs().listAll()) {
          count++;
        }
        out.printf("Inputs in the app: %d%n", count);
        out.printf("Tasks in the app: %d%n", client.tasks().list(TaskQuery.all()).items().size());
      }
      return result;
    }
  }

  /** Runs one job with the progress bar, {@code --stop-after} and a clean Ctrl-C. */
  private static <T> BulkResult<T> submit(Function<BulkOptions, BulkJob<T>> start,
      BulkOptions.Builder options, long stop, PrintStream out) {
    ProgressBar bar = new ProgressBar(out);
    BulkJob<T> job = start.apply(options.progressListener(bar::update)
        .stopWhen(p -> p.done() >= stop).build());
    if (stop == 0) {
      job.cancel();
    }
    // Ctrl-C: stop cleanly, letting the items in flight finish and reach the checkpoint.
    Thread hook = new Thread(() -> {
      job.cancel();
      try {
        job.result().get(30, java.util.concurrent.TimeUnit.SECONDS);
      } catch (Exception e) {
        // exiting anyway; the rerun sorts out what was in flight
      }
    });
    Runtime.getRuntime().addShutdownHook(hook);
    BulkResult<T> result = job.join();
    Runtime.getRuntime().removeShutdownHook(hook);
    bar.finish();
    out.printf("%s: %d created, %d already existed, %d failed, %d not started (%.1f s)%n",
        result.cancelled() ? "Stopped" : "Done", result.created(), result.alreadyExisted(),
        result.failed(), result.notStarted(), result.elapsed().toMillis() / 1000.0);
    result.failures().stream().limit(5).forEach(f -> out.printf("  item %d (%s): %s%n",
        f.index(), f.identity(), f.error().map(Throwable::getMessage).orElse("")));
    return result;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** One line of the input file. */
  record Row(String attachment, String uniqueId) {}

  /** One row per line (JSONL) or row (CSV with a header). */
  static List<Row> read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).toList();
      List<Row> requests = new ArrayList<>();
      if (file.toString().endsWith(".csv")) {
        List<String> header = List.of(lines.get(0).split(",", -1));
        int attachment = header.indexOf("attachment");
        int uniqueId = header.indexOf("unique_id");
        if (attachment < 0) {
          throw new IllegalArgumentException(file + ": the header names no attachment column");
        }
        for (String line : lines.subList(1, lines.size())) {
          String[] f = line.split(",", -1);
          requests.add(new Row(f[attachment].strip(),
              uniqueId >= 0 && f.length > uniqueId ? f[uniqueId].strip() : ""));
        }
      } else {
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
          JsonNode node = json.readTree(line);
          requests.add(new Row(node.path("attachment").asText(""),
              node.path("unique_id").asText("")));
        }
      }
      return requests;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static CreateTaskRequest request(Row row) {
    Categorization.Builder b = Categorization.builder().attachment(row.attachment())
        .instruction("Is this image usable?").categories("usable", "not usable");
    if (!row.uniqueId().isEmpty()) {
      b.uniqueId(row.uniqueId());
    }
    return b.build();
  }

  /** A one-line progress bar, redrawn at most ten times a second. */
  static final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private long lastDraw;
    private BulkProgress last;

    ProgressBar(PrintStream out) {
      this.out = out;
    }

    synchronized void update(BulkProgress p) {
      last = p;
      long now = System.nanoTime();
      if (now - lastDraw >= 100_000_000L || p.done() == p.total()) {
        lastDraw = now;
        draw(p);
      }
    }

    synchronized void finish() {
      if (last != null) {
        draw(last);
      }
      out.println();
    }

    private void draw(BulkProgress p) {
      int filled = (int) Math.round(p.fraction() * WIDTH);
      String rate = Double.isInfinite(p.rateLimit()) ? "" : String.format(" limit %.0f/s",
          p.rateLimit());
      out.printf("\r[%s%s] %d/%d %.0f/s ETA %s%s   ", "#".repeat(filled),
          "-".repeat(WIDTH - filled), p.done(), p.total(), p.perSecond(),
          p.eta().map(d -> d.toSeconds() + "s").orElse("?"), rate);
      out.flush();
    }
  }
}
