package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Transport-level faults, sent as raw bytes: each is a 4xx in the error shape of the API the
 * path belongs to, on every method, with a message that says what to fix, and no state change.
 */
class TransportFaultsHttpTest {

  private static final Duration IDLE = Duration.ofMillis(700);
  private static final String JAVA_NAME = "\\b(java|javax|jakarta|org|com)\\.[\\w.$]+";
  private static LabelMockServer server;
  private static int port;

  @BeforeAll
  static void start() {
    server = LabelMockServer.builder().idleTimeout(IDLE).build().start();
    port = server.port();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  private static final String REFONTE_AUTH = "Authorization: " + Http.basic("live_transport") + "\r\n";
  private static final String CLARIFAI_AUTH = "Authorization: Key transport\r\n";

  private static int refonteTasks() {
    return new Http(server.refonteBaseUrl(), "live_transport").get("/tasks").json().get("total").asInt();
  }

  private static int clarifaiTasks() {
    return new ClarifaiHttp(server.baseUrl(), "transport").get("/v2/tasks").json().get("tasks").size();
  }

  /** Refonte's envelope is exactly {status_code, error}; Clarifai's has a status object. */
  private static void assertRefonteError(RawHttp.Answer a, int status, String messagePart) {
    assertThat(a.status()).as(a.head()).isEqualTo(status);
    JsonNode body = Json.tree(a.body());
    assertThat(body.size()).as(a.body()).isEqualTo(2);
    assertThat(body.get("status_code").asInt()).isEqualTo(status);
    assertThat(body.get("error").asText()).contains(messagePart).doesNotContainPattern(JAVA_NAME);
  }

  private static void assertClarifaiError(RawHttp.Answer a, int status, String messagePart) {
    assertThat(a.status()).as(a.head()).isEqualTo(status);
    JsonNode body = Json.tree(a.body());
    assertThat(body.has("status_code")).isFalse();
    assertThat(body.at("/status/code").asInt()).isEqualTo(11100);
    assertThat(body.at("/status/details").asText()).contains(messagePart).doesNotContainPattern(JAVA_NAME);
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static byte[] concat(String head, byte[] body) {
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = java.util.Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  @Test
  void aGzipClaimOnAPlainBodyIsA400OnEveryMethodInBothApis() {
    int before = refonteTasks();
    byte[] body = "{\"attachment\":\"http://x/a\"}".getBytes(StandardCharsets.UTF_8);
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      RawHttp.Answer a = RawHttp.raw(port, concat(method + " /v1/task/imageannotation HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\n" + REFONTE_AUTH + "Content-Type: application/json\r\n"
          + "Content-Encoding: gzip\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body));
      assertRefonteError(a, 400, "gzip");
      RawHttp.Answer c = RawHttp.raw(port, concat(method + " /v2/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + CLARIFAI_AUTH + "Content-Type: application/json\r\nContent-Encoding: gzip\r\n"
          + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body));
      assertClarifaiError(c, 400, "gzip");
    }
    assertThat(refonteTasks()).isEqualTo(before);
  }

  @Test
  void realGzipBodiesAreDecodedAndUnknownEncodingsAre415() throws IOException {
    byte[] body = gzip("{\"attachment\":\"http://x/gz\",\"unique_id\":\"gz-1\"}");
    RawHttp.Answer ok = RawHttp.raw(port, concat("POST /v1/task/imageannotation HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n" + REFONTE_AUTH + "Content-Type: application/json\r\n"
        + "Content-Encoding: gzip\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n", body));
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    assertThat(Json.tree(ok.body()).get("unique_id").asText()).isEqualTo("gz-1");

    RawHttp.Answer br = RawHttp.raw(port, "POST /v1/task/imageannotation HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + REFONTE_AUTH + "Content-Type: application/json\r\nContent-Encoding: br\r\n"
        + "Content-Length: 2\r\nConnection: close\r\n\r\n{}");
    assertRefonteError(br, 415, "Content-Encoding \"br\" is not supported");
  }

  @Test
  void aGzipBombIsRefusedAtTheBodyLimit() throws IOException {
    byte[] bomb = gzip("{\"a\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}");
    assertThat(bomb.length).isLessThan(100_000);
    RawHttp.Answer a = RawHttp.raw(port, concat("POST /v1/task/imageannotation HTTP/1.1\r\n"
        + "Host: 127.0.0.1\r\n" + REFONTE_AUTH + "Content-Type: application/json\r\n"
        + "Content-Encoding: gzip\r\nContent-Length: " + bomb.length + "\r\nConnection: close\r\n\r\n", bomb));
    assertRefonteError(a, 400, "once decompressed");
  }

  @Test
  void brokenChunkingIsA400() {
    int before = clarifaiTasks();
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      RawHttp.Answer a = RawHttp.raw(port, method + " /v1/task/imageannotation HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + REFONTE_AUTH + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "zz\r\n{}\r\n0\r\n\r\n");
      assertRefonteError(a, 400, "chunked");
      RawHttp.Answer c = RawHttp.raw(port, method + " /v2/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + CLARIFAI_AUTH + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
          + "zz\r\n{}\r\n0\r\n\r\n");
      assertClarifaiError(c, 400, "chunked");
    }
    assertThat(clarifaiTasks()).isEqualTo(before);
  }

  @Test
  void aBodyShorterThanItsContentLengthIsA408WithinTheIdleTimeout() throws IOException {
    int before = refonteTasks();
    for (String method : new String[] {"POST", "PUT", "DELETE"}) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        socket.setSoTimeout(10_000);
        long start = System.nanoTime();
        socket.getOutputStream().write((method + " /v1/task/imageannotation HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + REFONTE_AUTH + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"attach")
            .getBytes(StandardCharsets.ISO_8859_1));
        RawHttp.Answer a = RawHttp.readAnswer(socket.getInputStream());
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertRefonteError(a, 408, "8 of the 100 bytes");
        assertThat(took).isLessThan(IDLE.multipliedBy(5));
      }
    }
    assertThat(refonteTasks()).isEqualTo(before);
  }

  @Test
  void targetsAndHeadersJettyRefusesAreAnsweredInTheApisEnvelope() {
    String q = "x".repeat(100 * 1024);
    assertRefonteError(RawHttp.raw(port, "GET /v1/tasks?q=" + q + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        414, "too long");
    assertClarifaiError(RawHttp.raw(port, "GET /v2/tasks?q=" + q + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        414, "too long");
    assertClarifaiError(RawHttp.raw(port, "GET /v2/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: "
        + "y".repeat(70 * 1024) + "\r\n\r\n"), 431, "headers are too large");
    assertRefonteError(RawHttp.raw(port, "GET /v1/task/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        400, "hex escape");
    assertClarifaiError(RawHttp.raw(port, "GET /v2/tasks/%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"),
        400, "hex escape");
    // A raw space or a non-ASCII byte in the target, an unknown HTTP version: still a 4xx.
    for (byte[] bad : List.of(
        "GET /v1/ta sks HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
        "GET /v1/t\u00e9sk HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1),
        "GET /v1/tasks HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1))) {
      RawHttp.Answer a = RawHttp.raw(port, bad);
      assertThat(a.status()).as(new String(bad, StandardCharsets.ISO_8859_1)).isBetween(400, 499);
      assertThat(a.body()).doesNotContainPattern(JAVA_NAME);
      assertThat(Json.tree(a.body()).get("status_code").asInt()).isEqualTo(a.status());
    }
  }

  @Test
  void headerValuesAreExactOnAKeptAliveConnection() throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      RawHttp.Answer lower = RawHttp.exchange(socket,
          "GET /v2/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: key exact\r\n\r\n");
      RawHttp.Answer upper = RawHttp.exchange(socket,
          "GET /v2/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Key exact\r\n\r\n");
      assertThat(lower.status()).isEqualTo(401); // the scheme is "Key", exactly
      assertThat(upper.status()).isEqualTo(200);
    }
  }

  @Test
  void slowBodiesDoNotStarveOtherClients() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < 200; i++) {
        Socket s = new Socket("127.0.0.1", port);
        OutputStream out = s.getOutputStream();
        out.write(("POST /v1/task/imageannotation HTTP/1.1\r\nHost: 127.0.0.1\r\n" + REFONTE_AUTH
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        slow.add(s);
      }
      Http http = new Http(server.refonteBaseUrl(), "live_transport");
      for (int i = 0; i < 20; i++) {
        assertThat(http.get("/tasks").status()).isEqualTo(200);
      }
    } finally {
      for (Socket s : slow) {
        s.close();
      }
    }
  }

  @Test
  void everyAnswerNamesTheMockVersion() {
    String version = MockVersion.get();
    assertThat(RawHttp.raw(port, "GET /v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .head()).contains(MockVersion.HEADER + ": " + version);
    assertThat(RawHttp.raw(port, "GET /v1/tasks?q=" + "x".repeat(100 * 1024) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .head()).contains(MockVersion.HEADER + ": " + version);
    assertThat(RawHttp.raw(port, "GET /elsewhere HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .head()).contains(MockVersion.HEADER + ": " + version);
  }
}
