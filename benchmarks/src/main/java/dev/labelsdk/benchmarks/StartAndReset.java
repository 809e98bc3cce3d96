package dev.labelsdk.benchmarks;

import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.mock.server.LabelMockServer;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.Categorization;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import mockwebserver3.MockWebServer;

/**
 * Benchmark 4: a cold start of the mock (what the JUnit 5 extension does first) versus a bare
 * WireMockServer and a MockWebServer, each in a fresh JVM; the per-test reset; and a 200-test
 * suite sharing one server.
 */
final class StartAndReset {

  private StartAndReset() {}

  static void run() throws Exception {
    Table starts = new Table("Cold start in a fresh JVM (median of 5, class loading included)",
        "server", "start ms", "ratio to bare WireMock (target for LabelMockServer <= 0.5)",
        "start + first answer ms", "ratio");
    double[] wiremock = medianStartMillis("wiremock");
    double[] labelmock = medianStartMillis("labelmock");
    double[] mockwebserver = medianStartMillis("mockwebserver");
    starts.row("bare WireMockServer", Table.number(wiremock[0]), "1.00", Table.number(wiremock[1]), "1.00");
    starts.row("LabelMockServer (extension's first start)", Table.number(labelmock[0]),
        Table.ratio(labelmock[0] / wiremock[0]), Table.number(labelmock[1]),
        Table.ratio(labelmock[1] / wiremock[1]));
    starts.row("MockWebServer", Table.number(mockwebserver[0]), Table.ratio(mockwebserver[0] / wiremock[0]),
        Table.number(mockwebserver[1]), Table.ratio(mockwebserver[1] / wiremock[1]));
    starts.print();

    try (LabelMockServer server = LabelMockServer.builder()
            .refonte(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build()).build().start();
        RefonteClient client = RefonteClient.builder().apiKey("live_suite")
            .baseUrl(server.refonteBaseUrl()).build()) {
      Runnable test = () -> {
        Task t = client.tasks().create(Categorization.builder().attachment("https://x/a.jpg")
            .categories("a", "b").build());
        client.tasks().get(t.taskId());
        client.tasks().list(TaskListRequest.builder().limit(10).build());
      };
      for (int i = 0; i < 200; i++) { // warm-up: one suite
        server.reset();
        test.run();
      }
      long resetNanos = 0;
      long testNanos = 0;
      long suiteBegin = System.nanoTime();
      for (int i = 0; i < 200; i++) {
        long begin = System.nanoTime();
        server.reset();
        long afterReset = System.nanoTime();
        test.run();
        resetNanos += afterReset - begin;
        testNanos += System.nanoTime() - afterReset;
      }
      double suiteMs = (System.nanoTime() - suiteBegin) / 1e6;
      Table suite = new Table("200-test suite on one shared server (each test: reset, create, get, list),"
          + " versus a fresh server per test (warm JVM)",
          "suite wall ms", "per-test reset ms (target <= 2)", "per-test body ms",
          "MockWebServer start+stop ms");
      suite.row(Table.number(suiteMs), String.format("%.3f", resetNanos / 200 / 1e6),
          String.format("%.3f", testNanos / 200 / 1e6), String.format("%.1f", warmMockWebServerMillis()));
      suite.print();
    }
  }

  /** Mean start+stop of a MockWebServer once its classes are loaded. */
  private static double warmMockWebServerMillis() throws Exception {
    int n = 20;
    long begin = 0;
    for (int i = -5; i < n; i++) {
      if (i == 0) {
        begin = System.nanoTime();
      }
      try (MockWebServer mws = new MockWebServer()) {
        mws.start();
      }
    }
    return (System.nanoTime() - begin) / 1e6 / n;
  }

  /**
   * WireMock's own Jetty 11 does not start next to a Jetty 12 (here the bare-Jetty baseline's),
   * so it is measured as its users run it: without one.
   */
  private static String classPathFor(String kind) {
    String cp = System.getProperty("java.class.path");
    if (!kind.equals("wiremock")) {
      return cp;
    }
    return java.util.Arrays.stream(cp.split(java.io.File.pathSeparator))
        .filter(entry -> !entry.contains("org/eclipse/jetty"))
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  /** Median start and start-to-first-answer times, ms. */
  private static double[] medianStartMillis(String kind) throws Exception {
    List<Double> runs = new ArrayList<>();
    List<Double> answers = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Process p = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", classPathFor(kind), StartupProbe.class.getName(), kind)
          .redirectErrorStream(true).start();
      String micros = null;
      String answered = null;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.startsWith("started-in-micros ")) {
            micros = line.substring(18);
          } else if (line.startsWith("answered-in-micros ")) {
            answered = line.substring(19);
          }
        }
      }
      if (p.waitFor() != 0 || micros == null || answered == null) {
        throw new IllegalStateException("startup probe for " + kind + " failed");
      }
      runs.add(Long.parseLong(micros) / 1000.0);
      answers.add(Long.parseLong(answered) / 1000.0);
    }
    Collections.sort(runs);
    Collections.sort(answers);
    return new double[] {runs.get(runs.size() / 2), answers.get(answers.size() / 2)};
  }
}
