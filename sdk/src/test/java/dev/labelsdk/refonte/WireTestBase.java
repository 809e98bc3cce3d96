package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A MockWebServer (TCP_NODELAY sockets) and a client pointed at it with a fake sleeper. */
abstract class WireTestBase {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);
  static final String TASK_ID = "5f0c2d4e8b3a1c0012345678";

  final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();
  RefonteClient client;

  @BeforeEach
  void startServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
    client = builder().build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }

  RefonteClient.Builder builder() {
    return RefonteClient.builder()
        .apiKey("test_wire")
        .baseUrl(server.url("/v1").toString())
        .sleeper(sleeper)
        .jitter(() -> 0.0)
        .clock(CLOCK);
  }

  void enqueue(int code, String body) {
    server.enqueue(new MockResponse.Builder().code(code)
        .addHeader("Content-Type", "application/json; charset=utf-8").body(body).build());
  }

  void enqueueTask(String id, String status) {
    enqueue(200, task(id, status));
  }

  static String task(String id, String status) {
    return "{\"task_id\":\"" + id + "\",\"type\":\"categorization\",\"status\":\"" + status
        + "\",\"created_at\":\"2024-05-01T12:00:00.000Z\",\"updated_at\":"
        + "\"2024-05-01T12:00:00.000Z\",\"instruction\":null,\"params\":{},"
        + "\"callback_url\":null,\"metadata\":{},\"audits\":[],\"project_param_version\":null}";
  }

  static String error(int status, String message) {
    return "{\"status_code\":" + status + ",\"error\":\"" + message.replace("\"", "\\\"") + "\"}";
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  /** The next request, which must be {@code method} on {@code path}. */
  RecordedRequest take(String method, String path) throws InterruptedException {
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getUrl().encodedPath()).isEqualTo(path);
    return r;
  }

  /** An async call's result, failing the test after 10 seconds. */
  static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }
}
