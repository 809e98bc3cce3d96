package dev.labelsdk.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Reliability 4 (a script, not CI): N minutes of mixed traffic at concurrency 16 against a
 * standalone server in another process. Prints throughput, errors, the server's heap (after
 * a GC) and RSS growth, and the sizes of the journal and the idempotency store, which must
 * stay bounded. Run by {@code scripts/soak.sh}.
 *
 * <p>{@code Soak <baseUrl> <serverPid> <minutes> [concurrency]}
 */
public final class Soak {

  private static final String CREATE =
      "{\"attachment\":\"https://example.com/a.jpg\",\"geometries\":{\"box\":{\"objects_to_annotate\":[\"car\"]}}}";

  private Soak() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    long pid = Long.parseLong(args[1]);
    double minutes = Double.parseDouble(args[2]);
    int concurrency = args.length > 3 ? Integer.parseInt(args[3]) : 16;
    OkHttpClient http = RefonteFixture.client();
    String auth = "Basic " + Base64.getEncoder().encodeToString("live_soak:".getBytes(StandardCharsets.UTF_8));
    List<String> ids = new CopyOnWriteArrayList<>();
    List<String> keys = new CopyOnWriteArrayList<>();
    AtomicLong requests = new AtomicLong();
    AtomicLong errors = new AtomicLong();

    for (int i = 0; i < 200; i++) { // a working set to read and update
      ids.add(RefonteFixture.JSON.readTree(send(http, auth, "POST", base + "/v1/task/imageannotation", CREATE, null))
          .get("task_id").asText());
    }
    gc(pid);
    long heapStart = heapUsedKb(pid);
    long rssStart = rssKb(pid);
    System.out.printf("soak: %s, %.1f min, concurrency %d; start heap %,d KB, RSS %,d KB%n",
        base, minutes, concurrency, heapStart, rssStart);

    long end = System.nanoTime() + (long) (minutes * 60e9);
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    for (int t = 0; t < concurrency; t++) {
      pool.submit(() -> {
        while (System.nanoTime() < end) {
          try {
            oneRequest(http, auth, base, ids, keys);
          } catch (Exception e) {
            errors.incrementAndGet();
          }
          requests.incrementAndGet();
        }
        return null;
      });
    }
    long begin = System.nanoTime();
    long nextReport = begin + 60_000_000_000L;
    while (System.nanoTime() < end) {
      Thread.sleep(1000);
      if (System.nanoTime() >= nextReport) {
        nextReport += 60_000_000_000L;
        System.out.printf("  %.0f s: %,d requests, %,d errors, RSS %,d KB%n",
            (System.nanoTime() - begin) / 1e9, requests.get(), errors.get(), rssKb(pid));
      }
    }
    pool.shutdown();
    pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
    double seconds = (System.nanoTime() - begin) / 1e9;
    gc(pid);
    long heapEnd = heapUsedKb(pid);
    long rssEnd = rssKb(pid);
    JsonNode stats = RefonteFixture.JSON.readTree(send(http, null, "GET", base + "/__admin/refonte/stats", null, null));

    Table table = new Table(String.format("Soak: %.1f min at concurrency %d against the standalone server", minutes, concurrency),
        "requests", "req/s", "errors", "heap after GC start → end", "RSS start → end",
        "tasks stored", "idempotency records", "request journal");
    table.row(String.format("%,d", requests.get()), Table.number(requests.get() / seconds), errors.get(),
        String.format("%,d → %,d KB", heapStart, heapEnd), String.format("%,d → %,d KB", rssStart, rssEnd),
        String.format("%,d", stats.get("tasks").asLong()), String.format("%,d", stats.get("idempotency_records").asLong()),
        stats.get("request_journal").asLong());
    table.print();
    System.out.printf("heap growth per stored task: %.0f B (the tasks are data; journals and the"
        + " idempotency store are capped)%n", (heapEnd - heapStart) * 1024.0 / Math.max(1, stats.get("tasks").asLong()));
    http.dispatcher().executorService().shutdown();
    if (errors.get() > 0) {
      System.exit(1);
    }
  }

  /** 10% create with a new key, 5% replay an old key, 45% get, 20% list, 20% update. */
  private static void oneRequest(OkHttpClient http, String auth, String base, List<String> ids,
      List<String> keys) throws IOException {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    int roll = r.nextInt(100);
    String id = ids.get(r.nextInt(ids.size()));
    if (roll < 10) {
      String key = UUID.randomUUID().toString();
      send(http, auth, "POST", base + "/v1/task/imageannotation", CREATE, key);
      if (keys.size() < 10_000) {
        keys.add(key);
      }
    } else if (roll < 15 && !keys.isEmpty()) {
      send(http, auth, "POST", base + "/v1/task/imageannotation", CREATE, keys.get(r.nextInt(keys.size())));
    } else if (roll < 60) {
      send(http, auth, "GET", base + "/v1/task/" + id, null, null);
    } else if (roll < 80) {
      send(http, auth, "GET", base + "/v1/tasks?limit=20", null, null);
    } else if (roll < 90) {
      send(http, auth, "POST", base + "/v1/task/" + id + "/setMetadata", "{\"n\":" + r.nextInt() + "}", null);
    } else {
      send(http, auth, "POST", base + "/v1/task/" + id + "/tags", "[\"t" + r.nextInt(5) + "\"]", null);
    }
  }

  private static String send(OkHttpClient http, String auth, String method, String url, String json,
      String idempotencyKey) throws IOException {
    Request.Builder b = new Request.Builder().url(url)
        .method(method, json == null ? null : RequestBody.create(json, RefonteFixture.JSON_TYPE));
    if (auth != null) {
      b.header("Authorization", auth);
    }
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    try (Response response = http.newCall(b.build()).execute()) {
      String body = response.body().string();
      if (response.code() != 200) {
        throw new IOException(method + " " + url + " -> " + response.code() + " " + body);
      }
      return body;
    }
  }

  private static long rssKb(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  private static void gc(long pid) throws Exception {
    run("jcmd", Long.toString(pid), "GC.run");
  }

  /** Used heap in KB from {@code jstat -gc}: survivors, eden and old generation. */
  private static long heapUsedKb(long pid) throws Exception {
    List<String> lines = run("jstat", "-gc", Long.toString(pid));
    String[] header = lines.get(0).trim().split("\\s+");
    String[] values = lines.get(1).trim().split("\\s+");
    double used = 0;
    for (int i = 0; i < header.length; i++) {
      if (List.of("S0U", "S1U", "EU", "OU").contains(header[i])) {
        used += Double.parseDouble(values[i]);
      }
    }
    return (long) used;
  }

  private static List<String> run(String... command) throws Exception {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    p.waitFor();
    return lines;
  }
}
