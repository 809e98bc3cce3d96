package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A lone surrogate escape or a number with a huge exponent anywhere in a Clarifai body: 11100
 * (HTTP 400) naming the field, no state change, and stored data stays readable.
 */
class ClarifaiJsonSafetyHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final String APP = "/v2/users/owner/apps/app1";
  private static final String LONE = "\"x\\udbff\"";
  private ClarifaiHttp owner;

  @BeforeEach
  void seed() {
    mock.clarifai().addApp("owner", "app1").addPat("pat-owner", "owner")
        .addInput("owner", "app1", "in1", Map.of("image", Map.of("url", "https://x/1.jpg")));
    owner = new ClarifaiHttp(mock.baseUrl(), "pat-owner");
    owner.post(APP + "/tasks", "{\"tasks\":[{\"id\":\"t1\",\"worker\":{\"user_ids\":[\"owner\"]},\"metadata\":{\"k\":1}}]}");
  }

  private record Case(String method, String path, String body, String field, String reason) {}

  @Test
  void invalidUnicodeAndHugeExponentsAnywhereAre11100NamingTheField() {
    String unicode = "is not valid Unicode: it holds a lone surrogate (\\udbff)";
    String range = "is a number out of range: its exponent must be within -1000 and 1000";
    List<Case> cases = List.of(
        new Case("POST", APP + "/tasks", "{\"tasks\":[{\"id\":\"t2\",\"metadata\":{\"note\":" + LONE + "}}]}",
            "tasks[0].metadata.note", unicode),
        new Case("POST", APP + "/tasks", "{\"tasks\":[{\"id\":\"t2\",\"name\":" + LONE + "}]}", "tasks[0].name", unicode),
        new Case("PATCH", APP + "/tasks", "{\"action\":\"overwrite\",\"tasks\":[{\"id\":\"t1\",\"metadata\":{\"n\":1e999999999}}]}",
            "tasks[0].metadata.n", range),
        new Case("POST", APP + "/tasks", "{\"tasks\":[{\"id\":\"t3\",\"worker\":{\"strategy\":\"PARTITIONED\","
            + "\"user_ids\":[\"owner\"],\"partitioned_strategy_info\":{\"weights\":{\"owner\":1e999999999}}}}]}",
            "tasks[0].worker.partitioned_strategy_info.weights.owner", range),
        new Case("POST", APP + "/inputs", "{\"inputs\":[{\"id\":\"in2\",\"data\":{\"text\":{\"raw\":" + LONE + "}}}]}",
            "inputs[0].data.text.raw", unicode),
        new Case("POST", APP + "/inputs", "{\"inputs\":[{\"id\":\"in2\",\"data\":{\"metadata\":{\"m\":[-1e-999999999]}}}]}",
            "inputs[0].data.metadata.m[0]", range),
        new Case("POST", APP + "/annotations", "{\"annotations\":[{\"input_id\":\"in1\",\"data\":{\"regions\":[{\"region_info\":"
            + "{\"bounding_box\":{\"top_row\":1e999999999}}}]}}]}",
            "annotations[0].data.regions[0].region_info.bounding_box.top_row", range),
        new Case("POST", APP + "/searches", "{\"searches\":[{\"query\":{\"filters\":[{\"input\":{\"data\":{\"metadata\":"
            + "{\"k\":1e999999999}}}}]}}]}", "searches[0].query.filters[0].input.data.metadata.k", range),
        new Case("POST", APP + "/concepts", "{\"concepts\":[{\"id\":\"c\",\"name\":" + LONE + "}]}", "concepts[0].name", unicode),
        new Case("DELETE", APP + "/tasks", "{\"ids\":[" + LONE + "]}", "ids[0]", unicode));
    JsonNode before = mock.clarifai().state();
    for (Case c : cases) {
      ClarifaiHttp.Response r = owner.send(c.method(), c.path(), c.body());
      assertThat(r.status()).as(c.body()).isEqualTo(400);
      assertThat(r.code()).as(c.body()).isEqualTo(11100);
      assertThat(r.details()).as(c.body()).isEqualTo("\"" + c.field() + "\" " + c.reason());
    }
    assertThat(mock.clarifai().state()).isEqualTo(before);
    assertThat(owner.get(APP + "/tasks/t1").json().at("/task/metadata/k").asInt()).isEqualTo(1);
  }

  @Test
  void theControlPlaneRefusesThemToo() {
    ClarifaiHttp admin = new ClarifaiHttp(mock.baseUrl(), null);
    ClarifaiHttp.Response r = admin.post("/__admin/clarifai/seed",
        "{\"users\":[{\"id\":" + LONE + "}]}");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.details()).isEqualTo("\"users[0].id\" is not valid Unicode: it holds a lone surrogate (\\udbff)");
  }

  @Test
  void surrogatePairsAndBoundedNumbersAreKeptExactly() {
    ClarifaiHttp.Response r = owner.post(APP + "/inputs",
        "{\"inputs\":[{\"id\":\"in3\",\"data\":{\"text\":{\"raw\":\"\\ud83d\\ude00\"},\"metadata\":{\"n\":1.50e1000}}}]}");
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    JsonNode stored = owner.get(APP + "/inputs/in3").json().at("/input/data");
    assertThat(stored.at("/text/raw").asText()).isEqualTo("\uD83D\uDE00");
    assertThat(stored.at("/metadata/n").decimalValue()).isEqualByComparingTo("1.5e1000");
  }
}
