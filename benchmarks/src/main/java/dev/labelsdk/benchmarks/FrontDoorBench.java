package dev.labelsdk.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * The front door's figures (issue 10), each a ratio taken in one run, sides alternated:
 * GET of one task with 8 kept-alive connections against a static WireMock stub and a bare
 * Jetty 12 handler serving the same bytes; JVM launch to first answer of the standalone jar
 * against WireMock's standalone jar; and the p99 of normal GETs with 200 slow-body connections
 * open against the idle p99. Uses {@code wrk} when it is on the PATH (it loads the server
 * from another process, as a user's suite would), else an OkHttp load in this JVM.
 */
final class FrontDoorBench {

  private static final int CONNECTIONS = 8;
  private static final int ROUNDS = 3;

  private FrontDoorBench() {}

  static void run() throws Exception {
    getOneTask();
    startup();
    slowBodies();
  }

  private static void getOneTask() throws Exception {
    try (RefonteFixture f = new RefonteFixture()) {
      List<String> ids = f.populate(1_000, 0.5);
      String path = "/v1/task/" + ids.get(0);
      byte[] task = f.call("GET", path, null).getBytes(StandardCharsets.UTF_8);
      // WireMock in its own JVM, as its users run it (its Jetty 11 will not start next to the
      // Jetty 12 of the bare baseline in this one).
      int stubPort = freePort();
      Process stub = new ProcessBuilder(java(), "-jar", wireMockJar().toString(), "--port",
          String.valueOf(stubPort), "--disable-banner", "--no-request-journal")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      Server bare = bareJetty(task);
      try {
        awaitOk("http://127.0.0.1:" + stubPort + "/__admin/health");
        String mapping = RefonteFixture.JSON.writeValueAsString(java.util.Map.of(
            "request", java.util.Map.of("method", "GET", "urlPath", path),
            "response", java.util.Map.of("status", 200, "body", new String(task, StandardCharsets.UTF_8),
                "headers", java.util.Map.of("Content-Type", "application/json"))));
        HttpURLConnection post = (HttpURLConnection) URI.create("http://127.0.0.1:" + stubPort
            + "/__admin/mappings").toURL().openConnection();
        post.setRequestMethod("POST");
        post.setDoOutput(true);
        post.getOutputStream().write(mapping.getBytes(StandardCharsets.UTF_8));
        if (post.getResponseCode() != 201) {
          throw new IllegalStateException("WireMock refused the stub: " + post.getResponseCode());
        }
        String api = f.url(path);
        String wm = "http://127.0.0.1:" + stubPort + path;
        String jetty = "http://127.0.0.1:" + ((ServerConnector) bare.getConnectors()[0]).getLocalPort() + path;
        double[] apiRate = new double[ROUNDS];
        double[] stubRate = new double[ROUNDS];
        double[] bareRate = new double[ROUNDS];
        rate(api, f.auth);
        rate(wm, f.auth);
        rate(jetty, f.auth); // warm-up of all three
        for (int r = 0; r < ROUNDS; r++) {
          stubRate[r] = rate(wm, f.auth);
          apiRate[r] = rate(api, f.auth);
          bareRate[r] = rate(jetty, f.auth);
        }
        Table t = new Table("GET one task, HTTP/1.1 keep-alive, " + CONNECTIONS + " connections ("
            + (wrk() ? "wrk -t2 -c8" : "OkHttp, 8 threads in this JVM") + "), median of " + ROUNDS,
            "server", "req/s", "labelsdk mock / this (target: >= 2.0 vs stub, >= 0.5 of bare Jetty)");
        double a = median(apiRate);
        t.row("labelsdk mock (Refonte API)", Table.number(a), "1.00");
        t.row("static WireMock stub, same bytes", Table.number(median(stubRate)), Table.ratio(a / median(stubRate)));
        t.row("bare Jetty 12 handler, same bytes", Table.number(median(bareRate)), Table.ratio(a / median(bareRate)));
        t.print();
      } finally {
        stub.destroy();
        stub.waitFor(10, TimeUnit.SECONDS);
        bare.stop();
      }
    }
  }

  /** Requests per second over one timed run. */
  private static double rate(String url, String auth) throws Exception {
    if (wrk()) {
      Process p = new ProcessBuilder("wrk", "-t2", "-c" + CONNECTIONS, "-d3s", "-H", "Authorization: " + auth, url)
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      Matcher m = Pattern.compile("Requests/sec:\\s+([0-9.]+)").matcher(out);
      if (!m.find() || out.contains("Non-2xx")) {
        throw new IllegalStateException("wrk failed on " + url + ":\n" + out);
      }
      return Double.parseDouble(m.group(1));
    }
    OkHttpClient client = RefonteFixture.client();
    Request request = new Request.Builder().url(url).header("Authorization", auth).build();
    return Load.run(CONNECTIONS, 40_000, i -> {
      try (Response r = client.newCall(request).execute()) {
        r.body().bytes();
        if (r.code() != 200) {
          throw new IllegalStateException(url + " -> " + r.code());
        }
      }
    }).perSecond();
  }

  private static Boolean wrk;

  private static boolean wrk() {
    if (wrk == null) {
      try {
        wrk = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
      } catch (IOException | InterruptedException e) {
        wrk = false;
      }
    }
    return wrk;
  }

  /** Jetty 12 with one handler that answers every request with {@code body}: the ceiling. */
  private static Server bareJetty(byte[] body) throws Exception {
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(new Handler.Abstract(org.eclipse.jetty.util.thread.Invocable.InvocationType.NON_BLOCKING) {
      @Override
      public boolean handle(org.eclipse.jetty.server.Request request,
          org.eclipse.jetty.server.Response response, Callback callback) {
        response.getHeaders().put("Content-Type", "application/json");
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
      }
    });
    server.start();
    return server;
  }

  /** JVM launch to the first answered request: our standalone jar against WireMock's. */
  static void startup() throws Exception {
    Path ours = Path.of(System.getProperty("bench.mockJar", "../mock-server/target/labelsdk-mock-server-standalone.jar"));
    Path theirs = wireMockJar();
    if (!Files.exists(ours)) {
      System.out.println("(startup skipped: " + ours + " not built)");
      return;
    }
    int n = 5;
    double[] a = new double[n];
    double[] b = new double[n];
    for (int i = 0; i < n; i++) {
      b[i] = launchMillis(List.of("-jar", theirs.toString(), "--port", "%d", "--disable-banner"), "/__admin/health");
      a[i] = launchMillis(List.of("-jar", ours.toString(), "--port", "%d", "--quiet"), "/__admin/labelsdk/health");
    }
    Table t = new Table("JVM launch to first answered request (median of " + n + ", alternated)",
        "server", "ms", "ratio (target <= 0.5)");
    t.row("WireMock standalone jar " + theirs.getFileName(), Table.number(median(b)), "1.00");
    t.row("labelsdk-mock-server-standalone.jar", Table.number(median(a)), Table.ratio(median(a) / median(b)));
    t.print();
    StringBuilder runs = new StringBuilder("every run, in order (WireMock / ours ms):");
    for (int i = 0; i < n; i++) {
      runs.append(' ').append(Table.number(b[i])).append(" / ").append(Table.number(a[i]));
    }
    System.out.println(runs);
  }

  /** WireMock's standalone jar, the one on this classpath. */
  private static Path wireMockJar() throws Exception {
    return Path.of(WireMockServer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static void awaitOk(String url) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      try {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        if (c.getResponseCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        Thread.sleep(20);
      }
    }
    throw new IllegalStateException("no answer from " + url);
  }

  private static double launchMillis(List<String> args, String probe) throws Exception {
    int port = freePort();
    List<String> cmd = new ArrayList<>();
    cmd.add(java());
    for (String arg : args) {
      cmd.add(arg.equals("%d") ? String.valueOf(port) : arg);
    }
    long begin = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      while (true) {
        try {
          HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + probe).toURL().openConnection();
          c.setConnectTimeout(200);
          if (c.getResponseCode() == 200) {
            return (System.nanoTime() - begin) / 1e6;
          }
        } catch (IOException notYet) {
          if (System.nanoTime() - begin > TimeUnit.SECONDS.toNanos(30)) {
            throw new IllegalStateException("no answer from " + cmd);
          }
          Thread.onSpinWait();
        }
      }
    } finally {
      p.destroy();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * p99 of sequential GETs, idle and with 200 connections trickling a body byte by byte; the
   * two phases alternate three times and each side's median is kept.
   */
  static void slowBodies() throws Exception {
    try (RefonteFixture f = new RefonteFixture()) {
      List<String> ids = f.populate(1_000, 0.5);
      String path = "/v1/task/" + ids.get(0);
      Load.Op op = i -> f.call("GET", path, null);
      Load.run(1, 5_000, op);
      double[] idle = new double[ROUNDS];
      double[] loaded = new double[ROUNDS];
      for (int r = 0; r < ROUNDS; r++) {
        idle[r] = Load.run(1, 5_000, op).percentileMillis(99);
        loaded[r] = withSlowBodies(f, () -> Load.run(1, 5_000, op).percentileMillis(99));
      }
      Table t = new Table("p99 of GET one task with 200 slow-body connections open (1 byte/s each),"
          + " median of " + ROUNDS + " alternating rounds", "idle p99 ms", "with slow bodies p99 ms",
          "ratio (target <= 2)");
      t.row(String.format("%.3f", median(idle)), String.format("%.3f", median(loaded)),
          Table.ratio(median(loaded) / median(idle)));
      t.print();
    }
  }

  private static double withSlowBodies(RefonteFixture f, java.util.concurrent.Callable<Double> measure)
      throws Exception {
    List<Socket> slow = new ArrayList<>();
    Thread trickle = null;
    try {
      for (int i = 0; i < 200; i++) {
        Socket s = new Socket("127.0.0.1", f.server.port());
        s.getOutputStream().write(("POST /v1/task/imageannotation HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Authorization: " + f.auth + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
            .getBytes(StandardCharsets.ISO_8859_1));
        slow.add(s);
      }
      trickle = new Thread(() -> {
        try {
          while (!Thread.currentThread().isInterrupted()) {
            for (Socket s : slow) {
              OutputStream out = s.getOutputStream();
              out.write(' ');
              out.flush();
            }
            Thread.sleep(1000);
          }
        } catch (IOException | InterruptedException stop) {
          // done
        }
      });
      trickle.start();
      return measure.call();
    } finally {
      if (trickle != null) {
        trickle.interrupt();
      }
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
