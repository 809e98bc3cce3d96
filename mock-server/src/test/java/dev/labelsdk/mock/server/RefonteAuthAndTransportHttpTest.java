package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authentication (spec §1.4, §1.5) and what real clients send (§1.1 to §1.3, §10). */
class RefonteAuthAndTransportHttpTest {

  @RegisterExtension static LabelMockExtension mock = LabelMockExtension.create();

  private Http live;

  @BeforeEach
  void client() {
    live = new Http(mock.refonteBaseUrl(), "live_transport");
  }

  @Test
  void missingUnknownOrMalformedCredentialsAre401WithAChallenge() {
    for (Http.Response r : new Http.Response[] {
        live.as(null).get("/batches?limit=1"),
        live.as("dummy_api_key").get("/batches?limit=1"),
        live.as("test_").get("/tasks"),
        live.as(":").get("/tasks"),
        live.as(null).header("Authorization", "Bearer test_abc").get("/tasks"),
        live.as(null).header("Authorization", "Basic %%%").get("/tasks")}) {
      assertThat(r.status()).isEqualTo(401);
      assertThat(r.header("WWW-Authenticate")).isEqualTo("Basic realm=\"refonte\"");
      assertThat(r.json().toString())
          .isEqualTo("{\"status_code\":401,\"error\":\"Please provide a valid API key.\"}");
    }
  }

  @Test
  void everyKeyFormOfOpenModeWorksAndThePasswordIsIgnored() {
    assertThat(live.as("abc|test").get("/tasks").status()).isEqualTo(200);
    assertThat(live.as("test_x").get("/tasks").status()).isEqualTo(200);
    assertThat(live.as(null).header("Authorization", "basic " + java.util.Base64.getEncoder()
        .encodeToString("live_y:whatever".getBytes(StandardCharsets.UTF_8))).get("/tasks").status()).isEqualTo(200);
  }

  @Test
  void repeatedAndTrailingSlashesAreCollapsed() {
    String id = live.post("//task/imageannotation/", "{\"attachment\":\"http://x/a\"}").json().get("task_id").asText();
    assertThat(live.get("//task//" + id + "/").json().get("task_id").asText()).isEqualTo(id);
    assertThat(live.get("/tasks/").status()).isEqualTo(200);
  }

  @Test
  void anEmptyJsonBodyOnBodilessCallsIsFine() {
    String id = live.post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}").json().get("task_id").asText();
    assertThat(live.post("/task/" + id + "/cancel", "").status()).isEqualTo(200);
    assertThat(live.post("/task/" + id + "/cancel", "{}").status()).isEqualTo(200);
    assertThat(live.delete("/task/" + id + "/unique_id", "").status()).isEqualTo(200);
    assertThat(live.send("POST", "/task/imageannotation", "{\"attachment\":\"http://x/a\"}"
        .getBytes(StandardCharsets.UTF_8), null).status()).isEqualTo(200); // no Content-Type: JSON
  }

  @Test
  void aFormBodyCreatesATaskWithRepeatedFieldsAsArrays() {
    byte[] form = "instruction=Is+it+big%3F&attachment=http%3A%2F%2Fx%2Fa.png&categories=big&categories=small"
        .getBytes(StandardCharsets.US_ASCII);
    Http.Response r = live.send("POST", "/task/categorization", form, "application/x-www-form-urlencoded");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode t = r.json();
    assertThat(t.get("instruction").asText()).isEqualTo("Is it big?");
    assertThat(t.get("params").get("categories").toString()).isEqualTo("[\"big\",\"small\"]");
  }

  @Test
  void unknownQueryParametersAreIgnoredAndBooleansTakeAnyCase() {
    assertThat(live.get("/tasks?bogus=1&include_attachment_url=TRUE&limited_response=False").status())
        .isEqualTo(200);
    assertThat(live.get("/tasks?limit=2&limit=500").json().get("limit").asInt()).isEqualTo(2); // first wins
  }

  @Test
  void unknownRoutesAndMethodsAre404InTheEnvelope() {
    for (Http.Response r : new Http.Response[] {
        live.get("/nothing/here"), live.put("/tasks", "{}"), live.get("/task"),
        live.send("PATCH", "/task/abc", "{}".getBytes(StandardCharsets.UTF_8), "application/json"),
        live.get("/tasks/extra/segments")}) {
      assertThat(r.status()).isEqualTo(404);
      assertThat(r.json().get("status_code").asInt()).isEqualTo(404);
    }
  }

  @Test
  void pathsOutsideTheApiFallThroughToWireMockStubs() {
    mock.server().wireMock().stubFor(com.github.tomakehurst.wiremock.client.WireMock.get("/health")
        .willReturn(com.github.tomakehurst.wiremock.client.WireMock.okJson("{\"ok\":true}")));
    Http root = new Http(mock.baseUrl(), null);
    assertThat(root.get("/health").text()).isEqualTo("{\"ok\":true}");
    assertThat(root.get("/v1x/tasks").status()).isEqualTo(404); // not the API: WireMock's own 404
  }

  @Test
  void allowListModeAcceptsOnlyListedKeysAndCanShareTenants() {
    var config = dev.labelsdk.mock.refonte.RefonteConfig.builder()
        .allowKey(new dev.labelsdk.mock.refonte.RefonteConfig.ApiKey("k1", "acme", false, "cb-secret",
            "ops@acme.io", java.util.Set.of("lidarannotation")))
        .allowKey(new dev.labelsdk.mock.refonte.RefonteConfig.ApiKey("k2", "acme", false, null, null, null))
        .build();
    try (LabelMockServer server = LabelMockServer.builder().refonte(config).build().start()) {
      Http k1 = new Http(server.refonteBaseUrl(), "k1");
      String id = k1.post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}").json().get("task_id").asText();
      assertThat(k1.as("k2").get("/task/" + id).status()).isEqualTo(200); // same tenant
      assertThat(k1.as("test_open").get("/tasks").status()).isEqualTo(401);
      assertThat(k1.as("k3").get("/tasks").status()).isEqualTo(401);
      Http.Response disabled = k1.post("/task/lidarannotation", "{\"attachment\":\"http://x/a\"}");
      assertThat(disabled.status()).isEqualTo(402);
      mock.refonte(); // the shared server is untouched
      k1.post("/task/" + id + "/cancel", null);
      assertThat(server.refonte().complete(k1.post("/task/imageannotation", "{\"attachment\":\"http://x/b\"}")
          .json().get("task_id").asText()).get("status").asText()).isEqualTo("completed");
    }
  }
}
