package dev.labelsdk.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
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
import java.util.concurrent.atomic.AtomicReference;

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
 * <p>By default it starts an embedded mock (with the API's create rate limit) whose state is
 * kept in {@code <state-dir>/mock-state.json}, so a rerun sees the tasks of the first run. Set
 * {@code REFONTE_API_KEY} (and optionally {@code REFONTE_BASE_URL}) for a real endpoint.
 *
 * <pre>
 * mvn -q -pl samples -am compile exec:java -Dsample=BulkSubmit \
 *     -Dexec.args="images.jsonl --stop-after 500"
 * </pre>
 *
 * Options: {@code --stop-after N}, {@code --concurrency C}, {@code --state-dir DIR} (default
 * {@code .bulk-submit}: the checkpoint, and the embedded mock's state).
 */
public final class BulkSubmit {

  private BulkSubmit() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: BulkSubmit FILE.jsonl|FILE.csv [--stop-after N]"
          + " [--concurrency C] [--state-dir DIR]");
      System.exit(2);
    }
    BulkResult<Task> result = run(args, System.getenv(), System.out);
    System.exit(result.failed() == 0 ? 0 : 1);
  }

  /** Runs with these arguments and environment, printing to {@code out}. */
  static BulkResult<Task> run(String[] args, Map<String, String> env, PrintStream out) {
    Path input = Path.of(args[0]);
    long stopAfter = Long.MAX_VALUE;
    int concurrency = BulkOptions.DEFAULT_CONCURRENCY;
    Path stateDir = Path.of(".bulk-submit");
    for (int i = 1; i < args.length; i++) {
      switch (args[i]) {
        case "--stop-after" -> stopAfter = Long.parseLong(args[++i]);
        case "--concurrency" -> concurrency = Integer.parseInt(args[++i]);
        case "--state-dir" -> stateDir = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<CreateTaskRequest> requests = read(input);
    try {
      Files.createDirectories(stateDir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }

    String apiKey = env.get("REFONTE_API_KEY");
    LabelMockServer mock = null;
    String baseUrl;
    if (apiKey == null || apiKey.isBlank()) {
      mock = LabelMockServer.builder().apiRateLimits()
          .stateFile(stateDir.resolve("mock-state.json"), Duration.ofSeconds(1)).build().start();
      baseUrl = mock.refonteBaseUrl();
      apiKey = "live_bulk_sample";
      out.println("Using an embedded mock at " + baseUrl + " (state in " + stateDir + ")");
    } else {
      baseUrl = env.getOrDefault("REFONTE_BASE_URL", RefonteClient.DEFAULT_BASE_URL);
      out.println("Using " + baseUrl);
    }
    try (RefonteClient client = RefonteClient.builder().apiKey(apiKey).baseUrl(baseUrl)
        .userAgentSuffix("bulk-submit").build()) {
      out.printf("Submitting %d tasks from %s%n", requests.size(), input);
      ProgressBar bar = new ProgressBar(out);
      AtomicReference<BulkJob<Task>> job = new AtomicReference<>();
      long stop = stopAfter;
      BulkOptions options = BulkOptions.builder().concurrency(concurrency)
          .checkpoint(stateDir.resolve("bulk.ckpt"))
          .progressListener(p -> {
            bar.update(p);
            if (p.done() >= stop && job.get() != null) {
              job.get().cancel();
            }
          }).build();
      job.set(client.tasks().submitAll(requests, options));
      if (stop == 0) {
        job.get().cancel();
      }
      // Ctrl-C: stop cleanly, letting the items in flight finish and reach the checkpoint.
      Thread hook = new Thread(() -> {
        job.get().cancel();
        try {
          job.get().result().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
          // exiting anyway; the rerun sorts out what was in flight
        }
      });
      Runtime.getRuntime().addShutdownHook(hook);
      BulkResult<Task> result = job.get().join();
      Runtime.getRuntime().removeShutdownHook(hook);
      bar.finish();
      out.printf("%s: %d created, %d already existed, %d failed, %d not started (%.1f s)%n",
          result.cancelled() ? "Stopped" : "Done", result.created(), result.alreadyExisted(),
          result.failed(), result.notStarted(), result.elapsed().toMillis() / 1000.0);
      result.failures().stream().limit(5).forEach(f -> out.printf("  item %d (%s): %s%n",
          f.index(), f.identity(), f.error().map(Throwable::getMessage).orElse("")));
      if (mock != null) {
        out.printf("Tasks in the account: %d%n",
            client.tasks().list(TaskListRequest.builder().limit(1).build()).total());
      }
      return result;
    } finally {
      if (mock != null) {
        mock.stop();
      }
    }
  }

  /** One categorization request per line (JSONL) or row (CSV with a header). */
  static List<CreateTaskRequest> read(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .filter(l -> !l.isBlank()).toList();
      List<CreateTaskRequest> requests = new ArrayList<>();
      if (file.toString().endsWith(".csv")) {
        List<String> header = List.of(lines.get(0).split(",", -1));
        int attachment = header.indexOf("attachment");
        int uniqueId = header.indexOf("unique_id");
        if (attachment < 0) {
          throw new IllegalArgumentException(file + ": the header names no attachment column");
        }
        for (String line : lines.subList(1, lines.size())) {
          String[] f = line.split(",", -1);
          requests.add(request(f[attachment].strip(),
              uniqueId >= 0 && f.length > uniqueId ? f[uniqueId].strip() : ""));
        }
      } else {
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
          JsonNode node = json.readTree(line);
          requests.add(request(node.path("attachment").asText(""),
              node.path("unique_id").asText("")));
        }
      }
      return requests;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static CreateTaskRequest request(String attachment, String uniqueId) {
    Categorization.Builder b = Categorization.builder().attachment(attachment)
        .instruction("Is this image usable?").categories("usable", "not usable");
    if (!uniqueId.isEmpty()) {
      b.uniqueId(uniqueId);
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
