package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Values that are valid JSON text but cannot be stored safely: a lone surrogate escape and a
 * number with a huge exponent, anywhere in a body. Each is a 400 naming the field, stores
 * nothing, and leaves every route of the tenant working.
 */
class RefonteJsonSafetyHttpTest {

  @RegisterExtension static LabelMockExtension mock = LabelMockExtension.create();

  private static final String LONE = "\"a\\ud800b\"";
  private Http live;
  private String taskId;

  @BeforeEach
  void seed() {
    live = new Http(mock.refonteBaseUrl(), "live_unicode");
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    live.post("/batches", "{\"project\":\"p\",\"name\":\"b\",\"metadata\":{\"m\":1}}");
    taskId = live.post("/task/imageannotation", "{\"attachment\":\"http://x/a\",\"metadata\":{\"k\":1}}")
        .json().get("task_id").asText();
  }

  private JsonNode state() {
    ObjectNode s = (ObjectNode) mock.refonte().state();
    s.remove("now");
    return s;
  }

  @Test
  void aLoneSurrogateInAKeyedCreateIsA400ThatStoresNothingEvenWhenRetried() {
    JsonNode before = state();
    Http keyed = live.header("Idempotency-Key", "lone-1");
    String body = "{\"attachment\":\"http://x/a\",\"metadata\":{\"note\":" + LONE + "}}";

    Http.Response first = keyed.post("/task/imageannotation", body);
    Http.Response retry = keyed.post("/task/imageannotation", body);
    Http.Response retry2 = keyed.post("/task/imageannotation", body);

    assertThat(first.status()).isEqualTo(400);
    assertThat(first.error()).isEqualTo(
        "Parameter is invalid, reason: \"metadata.note\" is not valid Unicode: it holds a lone surrogate (\\ud800)");
    assertThat(retry.status()).isEqualTo(400);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry2.raw().body()).isEqualTo(first.raw().body());
    assertThat(state().get("tenants")).isEqualTo(before.get("tenants"));
    assertTenantStillWorks();
  }

  @Test
  void everyWritingRouteRefusesInvalidUnicodeAnywhereAndNamesTheField() {
    String t = "/task/" + taskId;
    record Case(String path, String body, String field) {}
    List<Case> cases = List.of(
        new Case("/task/imageannotation", "{\"attachment\":\"http://x/a\",\"geometries\":{\"box\":{\"objects\":[\"car\","
            + LONE + "]}}}", "geometries.box.objects[1]"),

        new Case("/task/imageannotation", "{\"attachment\":\"http://x/a\",\"instruction\":" + LONE + "}", "instruction"),
        new Case("/task/categorization", "{\"attachment\":\"http://x/a\",\"categories\":[" + LONE + "]}", "categories[0]"),
        new Case(t + "/setMetadata", "{\"deep\":[{\"x\":" + LONE + "}]}", "deep[0].x"),
        new Case(t + "/unique_id", "{\"unique_id\":" + LONE + "}", "unique_id"),
        new Case(t + "/audit", "{\"accepted\":true,\"comments\":" + LONE + "}", "comments"),
        new Case("/batches/b/setMetadata", "{\"m\":" + LONE + "}", "m"),
        new Case("/batches", "{\"project\":\"p\",\"name\":\"b2\",\"metadata\":{\"x\":" + LONE + "}}", "metadata.x"),
        new Case("/projects", "{\"type\":\"imageannotation\",\"name\":\"p2\",\"params\":{\"x\":" + LONE + "}}",
            "params.x"),
        new Case("/projects/p/setParams", "{\"instruction\":" + LONE + "}", "instruction"),
        new Case("/files/import", "{\"file_url\":\"s3://b/k\",\"metadata\":{\"x\":" + LONE + "}}", "metadata.x"));
    JsonNode before = state();
    for (Case c : cases) {
      Http.Response r = live.post(c.path(), c.body());
      assertThat(r.status()).as(c.path() + " " + c.body()).isEqualTo(400);
      assertThat(r.error()).as(c.path() + " " + c.body()).contains("\"" + c.field() + "\"", "lone surrogate");
    }
    // the parser itself refuses one in a key, without naming it
    Http.Response key = live.post(t + "/setMetadata", "{\"x\":[{\"a\\ud800\":1}]}");
    assertThat(key.status()).isEqualTo(400);
    assertThat(key.error()).contains("surrogate");
    assertThat(state()).isEqualTo(before);
    assertTenantStillWorks();
  }

  @Test
  void aProperSurrogatePairIsStoredAndEchoedWithoutLoss() {
    Http.Response r = live.post("/task/" + taskId + "/setMetadata", "{\"emoji\":\"\\ud83d\\ude00\"}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().at("/metadata/emoji").asText()).isEqualTo("\uD83D\uDE00");
    assertThat(live.get("/task/" + taskId).json().at("/metadata/emoji").asText()).isEqualTo("\uD83D\uDE00");
  }

  @Test
  void hugeExponentsAreRefusedBeforeAnyArithmetic() {
    JsonNode before = state();
    Http keyed = live.header("Idempotency-Key", "huge-1");
    List<Http.Response> answers = List.of(
        live.post("/task/" + taskId + "/setMetadata", "{\"a\":1e999999999}"),
        live.post("/batches/b/setMetadata", "{\"a\":-1E-999999999}"),
        keyed.post("/task/imageannotation",
            "{\"attachment\":\"http://x/a\",\"a\":1e999999999,\"b\":[2e999999999],\"metadata\":{\"c\":3e99999999}}"),
        live.post("/projects/p/setParams", "{\"threshold\":1.5e1001}"));
    for (Http.Response r : answers) {
      assertThat(r.status()).as(r.text()).isEqualTo(400);
      assertThat(r.error()).contains("is a number out of range: its exponent must be within -1000 and 1000");
    }
    assertThat(answers.get(0).error()).contains("\"a\"");
    assertThat(answers.get(3).error()).contains("\"threshold\"");
    Http.Response tooLong = live.post("/task/" + taskId + "/setMetadata", "{\"a\":1" + "0".repeat(1000) + "}");
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.error()).startsWith("The request body is not valid JSON: Number value length");
    assertThat(state().get("tenants")).isEqualTo(before.get("tenants")); // the keyed 400 is saved, as 400s are
  }

  @Test
  void numbersWithinTheBoundsAreStoredExactly() {
    Http.Response r = live.post("/task/" + taskId + "/setMetadata",
        "{\"big\":1e1000,\"small\":1.10e-999,\"long\":" + "9".repeat(900) + "}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.text()).contains("\"big\":1E+1000", "\"small\":1.10E-999", "\"long\":" + "9".repeat(900));
    mock.server().advanceClock(Duration.ofMinutes(1)); // an update would move updated_at
    assertThat(live.post("/task/" + taskId + "/setMetadata", "{\"big\":10e999,\"small\":1.1e-999,\"long\":"
        + "9".repeat(900) + ".0}").json().get("updated_at")).isEqualTo(r.json().get("updated_at"));
  }

  /** List, state, get and the control plane's complete all still answer. */
  private void assertTenantStillWorks() {
    assertThat(live.get("/tasks").status()).isEqualTo(200);
    assertThat(live.get("/task/" + taskId).status()).isEqualTo(200);
    assertThat(mock.refonte().complete(taskId).get("status").asText()).isEqualTo("completed");
    assertThat(live.get("/tasks").json().get("total").asInt()).isEqualTo(1);
  }
}
