package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar as users run it: {@code java -jar}, loopback by default, one log line per
 * request, clean stop on SIGTERM. Runs after {@code package} (failsafe).
 */
class StandaloneServerIT {

  private static final Path JAR = Path.of("target", "labelsdk-mock-server-standalone.jar");

  @Test
  void runsFromTheShadedJarLogsEachRequestAndStopsOnSigterm() throws Exception {
    assertThat(JAR).exists();
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "--port", "0", "--clarifai-auth-mode", "strict", "--clarifai-rate-limit", "100")
        .redirectErrorStream(true)
        .start();
    BlockingQueue<String> lines = lines(process);
    try {
      int port = port(lines);

      Http http = new Http("http://127.0.0.1:" + port + "/v1", "test_standalone");
      String id = http.post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}").json()
          .get("task_id").asText();
      assertThat(http.get("/task/" + id).json().get("status").asText()).isEqualTo("completed");

      assertThat(awaitLine(lines, "POST /v1/task/imageannotation 200")).doesNotContain("test_standalone");
      assertThat(awaitLine(lines, "GET /v1/task/" + id + " 200")).isNotBlank();

      ClarifaiHttp clarifai = new ClarifaiHttp("http://127.0.0.1:" + port, "unseeded_key");
      assertThat(clarifai.get("/v2/tasks").code()).isEqualTo(11009); // strict mode
      new ClarifaiHttp("http://127.0.0.1:" + port + "/__admin/clarifai", null)
          .post("/seed", "{\"keys\":[{\"token\":\"pat-1\",\"type\":\"PAT\",\"user_id\":\"u1\"}],"
              + "\"apps\":[{\"user_id\":\"u1\",\"id\":\"app1\"}]}");
      assertThat(clarifai.as("pat-1").post("/v2/users/me/apps/app1/tasks", "{\"tasks\":[{}]}").code()).isEqualTo(10000);
      assertThat(awaitLine(lines, "POST /v2/users/me/apps/app1/tasks 200")).doesNotContain("pat-1");

      // SIGTERM through the handle: Process.destroy() would also close our end of stdout.
      assertThat(process.toHandle().destroy()).isTrue();
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(awaitLine(lines, "stopping")).isNotBlank();
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void takesItsPortFromTheEnvironmentAndShutsDownOverHttpKeepingItsStateFile(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path stateFile = dir.resolve("state.json");
    String taskId = runOnce(stateFile, http -> http.post("/v1/task/imageannotation",
        "{\"attachment\":\"http://x/a\"}").json().get("task_id").asText());
    assertThat(stateFile).exists();
    String status = runOnce(stateFile, http -> http.get("/v1/task/" + taskId).json().get("status").asText());
    assertThat(status).isEqualTo("pending"); // a live key's task, carried across the restart
  }

  /** Runs the jar on an environment-given port with a state file, does {@code work}, shuts it down. */
  private static String runOnce(Path stateFile, java.util.function.Function<Http, String> work) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString(),
        "--state-file", stateFile.toString())
        .redirectErrorStream(true);
    builder.environment().put("LABELSDK_MOCK_PORT", "0");
    builder.environment().remove("PORT");
    Process process = builder.start();
    BlockingQueue<String> lines = lines(process);
    try {
      int port = port(lines);
      assertThat(port).isNotEqualTo(8080);

      Http admin = new Http("http://127.0.0.1:" + port, null);
      Http.Response health = admin.get("/__admin/labelsdk/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("version").asText()).isEqualTo(health.header(MockVersion.HEADER))
          .isNotEqualTo("unknown");
      String result = work.apply(new Http("http://127.0.0.1:" + port, "live_state_file"));

      assertThat(admin.post("/__admin/shutdown", null).status()).isEqualTo(200);
      assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
      return result;
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void printsItsVersion() throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "--version")
        .redirectErrorStream(true)
        .start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isZero();
    assertThat(out.trim()).matches("labelsdk-mock-server \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void badOptionsExitWithUsage() throws Exception {
    Process process = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JAR.toString(), "--port", "-3")
        .redirectErrorStream(true)
        .start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(out).contains("--port needs a non-negative integer").contains("Usage:")
        .contains("--clarifai-auth-mode");
  }

  /** The process's output, a line at a time, read on a thread of its own. */
  private static BlockingQueue<String> lines(Process process) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          lines.add(line);
        }
      } catch (java.io.IOException ignored) {
        // the process ended
      }
    });
    reader.start();
    return lines;
  }

  /** The port the server says it listens on, once it says so. */
  private static int port(BlockingQueue<String> lines) throws InterruptedException {
    String listening = awaitLine(lines, "listening on");
    Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+) ").matcher(listening);
    assertThat(m.find()).as(listening).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static String awaitLine(BlockingQueue<String> lines, String fragment) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    List<String> seen = new java.util.ArrayList<>();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      if (line == null) {
        break;
      }
      seen.add(line);
      if (line.contains(fragment)) {
        return line;
      }
    }
    throw new AssertionError("no line containing \"" + fragment + "\" in " + seen);
  }
}
