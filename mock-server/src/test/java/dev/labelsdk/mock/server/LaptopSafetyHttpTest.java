package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server on a developer's laptop: no web page may read or change its state. Pages cannot
 * name it in Host (DNS rebinding), cannot drive the control plane from their Origin, get no
 * CORS grant unless asked for, and WireMock's journal never holds a key.
 */
class LaptopSafetyHttpTest {

  @RegisterExtension
  static final LabelMockExtension mock = LabelMockExtension.create();

  private static final String TASK = "{\"attachment\":\"http://x/a\",\"instruction\":\"i\"}";
  private Http api;
  private int port;

  @BeforeEach
  void setUp() {
    api = new Http(mock.refonteBaseUrl(), "live_laptop");
    port = mock.server().port();
  }

  private int taskCount() {
    return api.get("/tasks").json().get("total").asInt();
  }

  private RawHttp.Answer request(String method, String target, String headers, String body) {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    return RawHttp.raw(port, method + " " + target + " HTTP/1.1\r\n" + headers
        + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + (body == null ? "" : body));
  }

  @Test
  void aHostThatDoesNotNameThisMachineIsRefusedOnEveryRoute() {
    api.post("/task/imageannotation", TASK);
    for (String target : new String[] {"/v1/tasks", "/__admin/refonte/state", "/v2/tasks", "/anything"}) {
      RawHttp.Answer a = request("GET", target, "Host: attacker.example:" + port + "\r\n"
          + "Authorization: " + Http.basic("live_laptop") + "\r\n", null);
      assertThat(a.status()).as(target).isEqualTo(403);
      assertThat(a.body()).as(target).contains("does not name this server").doesNotContain("docs");
    }
    // A rebinding page's POST to the control plane changes nothing either.
    RawHttp.Answer reset = request("POST", "/__admin/refonte/reset",
        "Host: attacker.example:" + port + "\r\nContent-Type: application/json\r\n", "{}");
    assertThat(reset.status()).isEqualTo(403);
    assertThat(taskCount()).isEqualTo(1);

    for (String host : new String[] {"localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "app.localhost"}) {
      assertThat(request("GET", "/v1/tasks", "Host: " + host + "\r\nAuthorization: "
          + Http.basic("live_laptop") + "\r\n", null).status()).as(host).isEqualTo(200);
    }
  }

  @Test
  void aForeignOriginCannotReadOrChangeTheControlPlane() {
    api.post("/task/imageannotation", TASK);
    // The form post a browser sends without a preflight: text/plain, foreign Origin.
    RawHttp.Answer wipe = request("POST", "/__admin/refonte/reset",
        "Host: 127.0.0.1\r\nOrigin: https://attacker.example\r\nContent-Type: text/plain\r\n", "{}");
    assertThat(wipe.status()).isEqualTo(403);
    assertThat(Json.tree(wipe.body()).get("error").asText()).contains("Origin");
    assertThat(taskCount()).isEqualTo(1);

    RawHttp.Answer read = request("GET", "/__admin/refonte/state",
        "Host: 127.0.0.1\r\nOrigin: https://attacker.example\r\n", null);
    assertThat(read.status()).isEqualTo(403);
    assertThat(read.head()).doesNotContainIgnoringCase("Access-Control-Allow-Origin");
    // WireMock's own admin routes are behind the same door.
    assertThat(request("POST", "/__admin/reset", "Host: 127.0.0.1\r\nOrigin: null\r\n", null).status())
        .isEqualTo(403);

    // Without a JSON content type a body-carrying control request is refused, Origin or not.
    RawHttp.Answer plain = request("POST", "/__admin/refonte/reset",
        "Host: 127.0.0.1\r\nContent-Type: text/plain\r\n", "{}");
    assertThat(plain.status()).isEqualTo(415);
    assertThat(taskCount()).isEqualTo(1);

    // A page served from this machine (a local dev server) may use it.
    RawHttp.Answer local = request("POST", "/__admin/refonte/reset",
        "Host: 127.0.0.1\r\nOrigin: http://localhost:3000\r\nContent-Type: application/json\r\n", "{}");
    assertThat(local.status()).isEqualTo(200);
    assertThat(taskCount()).isZero();
  }

  @Test
  void noRouteGrantsCorsByDefault() {
    for (String target : new String[] {"/v1/tasks", "/v2/tasks", "/__admin/refonte/state", "/__admin/mappings"}) {
      RawHttp.Answer preflight = request("OPTIONS", target, "Host: 127.0.0.1\r\nOrigin: https://app.example\r\n"
          + "Access-Control-Request-Method: GET\r\nAccess-Control-Request-Headers: authorization\r\n", null);
      assertThat(preflight.head()).as(target).doesNotContainIgnoringCase("Access-Control-Allow");
      RawHttp.Answer get = request("GET", target, "Host: 127.0.0.1\r\nOrigin: https://app.example\r\n"
          + "Authorization: " + Http.basic("live_laptop") + "\r\n", null);
      assertThat(get.head()).as(target).doesNotContainIgnoringCase("Access-Control-Allow");
    }
  }

  @Test
  void corsCanBeTurnedOnForTheApisAloneOrForTheControlPlaneToo() {
    try (LabelMockServer server = LabelMockServer.builder().corsOrigin("https://app.example").build().start()) {
      int p = server.port();
      RawHttp.Answer preflight = RawHttp.raw(p, "OPTIONS /v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Origin: https://app.example\r\nAccess-Control-Request-Method: POST\r\n"
          + "Access-Control-Request-Headers: authorization, content-type\r\nConnection: close\r\n\r\n");
      assertThat(preflight.status()).isEqualTo(204);
      assertThat(preflight.head()).contains("Access-Control-Allow-Origin: https://app.example")
          .containsIgnoringCase("Access-Control-Allow-Headers: authorization, content-type");
      RawHttp.Answer get = RawHttp.raw(p, "GET /v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Origin: https://app.example\r\nAuthorization: " + Http.basic("live_cors")
          + "\r\nConnection: close\r\n\r\n");
      assertThat(get.status()).isEqualTo(200);
      assertThat(get.head()).contains("Access-Control-Allow-Origin: https://app.example");
      RawHttp.Answer other = RawHttp.raw(p, "GET /v1/tasks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Origin: https://other.example\r\nAuthorization: " + Http.basic("live_cors")
          + "\r\nConnection: close\r\n\r\n");
      assertThat(other.head()).doesNotContainIgnoringCase("Access-Control-Allow-Origin");
      // The control plane stays closed to that origin...
      assertThat(RawHttp.raw(p, "GET /__admin/refonte/state HTTP/1.1\r\nHost: 127.0.0.1\r\n"
          + "Origin: https://app.example\r\nConnection: close\r\n\r\n").status()).isEqualTo(403);
    }
    // ... unless asked for as well.
    try (LabelMockServer server = LabelMockServer.builder().corsOrigin("https://app.example")
        .corsOnControl(true).build().start()) {
      RawHttp.Answer state = RawHttp.raw(server.port(), "GET /__admin/refonte/state HTTP/1.1\r\n"
          + "Host: 127.0.0.1\r\nOrigin: https://app.example\r\nConnection: close\r\n\r\n");
      assertThat(state.status()).isEqualTo(200);
      assertThat(state.head()).contains("Access-Control-Allow-Origin: https://app.example");
    }
  }

  @Test
  void wireMocksJournalNeverHoldsACredential() {
    new Http(mock.baseUrl(), "live_secret_key").header("Cookie", "session=s3cret")
        .header("X-Api-Key", "k3y").get("/not-an-api/ping");
    String journal = new Http(mock.baseUrl(), null).get("/__admin/requests").text();
    assertThat(journal).contains("/not-an-api/ping").contains(WireMockBridge.REDACTED)
        .doesNotContain("live_secret_key")
        .doesNotContain(Http.basic("live_secret_key").substring(6))
        .doesNotContain("s3cret").doesNotContain("k3y");
  }

  @Test
  void noJournalAClientCanReadHoldsAKey() {
    new Http(mock.refonteBaseUrl(), "live_journal_secret").get("/tasks");
    new ClarifaiHttp(mock.baseUrl(), "clarifai_journal_secret").get("/v2/tasks");
    new Http(mock.baseUrl(), "live_wiremock_secret").get("/stubbed/elsewhere");
    Http admin = new Http(mock.baseUrl(), null);
    for (String journal : new String[] {"/__admin/refonte/requests", "/__admin/clarifai/requests",
        "/__admin/requests", "/__admin/refonte/state", "/__admin/clarifai/state"}) {
      String text = admin.get(journal).text();
      assertThat(text).as(journal).doesNotContain("journal_secret").doesNotContain("wiremock_secret")
          .doesNotContain(Http.basic("live_journal_secret").substring(6))
          .doesNotContain(Http.basic("live_wiremock_secret").substring(6));
    }
  }

  @Test
  void shutdownOverHttpIsRefusedInProcessAndTheServerKeepsAnswering() {
    RawHttp.Answer a = request("POST", "/__admin/shutdown", "Host: 127.0.0.1\r\n", null);
    assertThat(a.status()).isEqualTo(403);
    assertThat(Json.tree(a.body()).get("error").asText()).contains("LabelMockServer.stop()");
    assertThat(api.get("/tasks").status()).isEqualTo(200);
  }

  @Test
  void noAdminRouteAnswersAServerError() {
    Http admin = new Http(mock.baseUrl(), null);
    String[] routes = {"/__admin", "/__admin/", "/__admin/files", "/__admin/mappings", "/__admin/requests",
        "/__admin/requests/unmatched", "/__admin/requests/unmatched/near-misses", "/__admin/scenarios",
        "/__admin/settings", "/__admin/recordings/status", "/__admin/health", "/__admin/version",
        "/__admin/refonte", "/__admin/refonte/state", "/__admin/refonte/stats", "/__admin/refonte/nope",
        "/__admin/clarifai/state", "/__admin/clarifai/nope", "/__admin/clock", "/__admin/labelsdk/health",
        "/__admin/labelsdk/nope", "/__admin/nope", "/__admin/mappings/not-a-uuid"};
    for (String route : routes) {
      Http.Response r = admin.get(route);
      assertThat(r.status()).as(route).isLessThan(500);
      assertThat(r.text()).as(route).doesNotContainPattern("\\b(java|com|org)\\.[\\w.]+(Exception|Error)");
    }
    for (String route : new String[] {"/__admin/mappings", "/__admin/refonte/faults", "/__admin/clock"}) {
      Http.Response r = admin.post(route, "{\"nonsense\":");
      assertThat(r.status()).as(route).isBetween(400, 499);
    }
  }

  @Test
  void controlRequestsWithoutABodyNeedNoContentType() {
    api.post("/task/imageannotation", TASK);
    RawHttp.Answer reset = request("POST", "/__admin/refonte/reset", "Host: 127.0.0.1\r\n", null);
    assertThat(reset.status()).isEqualTo(200);
    JsonNode page = api.get("/tasks").json();
    assertThat(page.get("total").asInt()).isZero();
  }
}
