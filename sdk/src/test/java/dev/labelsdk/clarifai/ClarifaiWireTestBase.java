package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RecordingScheduler;
import dev.labelsdk.refonte.NoDelayServerSocketFactory;
import dev.labelsdk.refonte.RecordingSleeper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A MockWebServer (TCP_NODELAY sockets) and a client for app {@code me/app1} pointed at it,
 * with a fake sleeper, a recording scheduler, jitter 0 and a fixed clock.
 */
abstract class ClarifaiWireTestBase {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-05-01T12:00:00Z"), ZoneOffset.UTC);
  static final String APP_PATH = "/v2/users/me/apps/app1";
  static final String TASK_ID = "6e71ff53fd7d4e32a1a7026737c25cb4";

  final MockWebServer server = new MockWebServer();
  final RecordingSleeper sleeper = new RecordingSleeper();
  /** Where async retries wait: recorded and run at once. */
  final RecordingScheduler scheduler = RecordingScheduler.immediate();
  ClarifaiClient client;

  @BeforeEach
  void startServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    // A request nobody enqueued an answer for fails at once (HTTP 418) instead of waiting for
    // the read timeout, so a client that sends one request too many fails its test fast.
    QueueDispatcher dispatcher = new QueueDispatcher();
    dispatcher.setFailFast(new MockResponse.Builder().code(418).body("unexpected request")
        .build());
    server.setDispatcher(dispatcher);
    server.start();
    client = builder().build();
  }

  @AfterEach
  void stopServer() {
    client.close();
    server.close();
  }

  ClarifaiClient.Builder builder() {
    return ClarifaiClient.builder()
        .pat("pat-wire")
        .appId("app1")
        .baseUrl(server.url("/").toString())
        .sleeper(sleeper)
        .scheduler(scheduler)
        .jitter(() -> 0.0)
        .clock(CLOCK);
  }

  void enqueue(int httpStatus, String body) {
    server.enqueue(new MockResponse.Builder().code(httpStatus)
        .addHeader("Content-Type", "application/json").body(body).build());
  }

  /** A success envelope with the given response fields (JSON members, without braces). */
  void enqueueOk(String fields) {
    enqueue(200, ok(fields));
  }

  static String ok(String fields) {
    return "{\"status\":{\"code\":10000,\"description\":\"Ok\",\"req_id\":\"req-ok\"}"
        + (fields.isEmpty() ? "" : "," + fields) + "}";
  }

  static String error(int code, String description, String details) {
    return "{\"status\":{\"code\":" + code + ",\"description\":\"" + description
        + "\",\"details\":\"" + details + "\",\"req_id\":\"req-" + code + "\"}}";
  }

  /** A task as the server writes it (enums as numbers, uint64 as strings). */
  static String task(String id) {
    return "{\"id\":\"" + id + "\",\"created_at\":\"2026-05-01T12:00:00.123456Z\","
        + "\"modified_at\":\"2026-05-01T12:00:00.123456Z\",\"type\":1,\"name\":\"Annotate water\","
        + "\"worker\":{\"strategy\":3,\"user_ids\":[\"u1\"],\"users\":[{\"id\":\"u1\"}],"
        + "\"workers\":[{\"user\":{\"id\":\"u1\"}}]},\"concept_ids\":[\"water\"],"
        + "\"concepts\":[{\"concept\":{\"id\":\"water\",\"name\":\"water\",\"value\":1}}],"
        + "\"input_source\":{\"type\":1},\"review\":{\"strategy\":1},"
        + "\"status\":{\"code\":54001,\"description\":\"Task in progress\"},"
        + "\"app_id\":\"app1\",\"user_id\":\"owner\"}";
  }

  void enqueueTask(String id) {
    enqueueOk("\"task\":" + task(id));
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).as("a request reached the server").isNotNull();
    return r;
  }

  static JsonNode body(RecordedRequest r) throws Exception {
    assertThat(r.getBody()).as("request body").isNotNull();
    return JsonSupport.parse(r.getBody().utf8());
  }

  static JsonNode json(String text) throws Exception {
    return JsonSupport.parse(text);
  }

  /** The next request, which must be {@code method} on {@code path}. */
  RecordedRequest take(String method, String path) throws InterruptedException {
    RecordedRequest r = take();
    assertThat(r.getMethod()).isEqualTo(method);
    assertThat(r.getUrl().encodedPath()).isEqualTo(APP_PATH + path);
    return r;
  }

  /** An async call's result, failing the test after 10 seconds. */
  static <T> T await(java.util.concurrent.CompletableFuture<T> future) throws Exception {
    return future.get(10, TimeUnit.SECONDS);
  }
}
