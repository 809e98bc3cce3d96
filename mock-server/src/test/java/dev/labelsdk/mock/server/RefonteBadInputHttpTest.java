package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bad input never yields a 5xx, always answers in the error envelope, and changes nothing
 * (spec §2.2). State is compared through the control plane's dump.
 */
class RefonteBadInputHttpTest {

  @RegisterExtension static LabelMockExtension mock = LabelMockExtension.create();

  private Http live;
  private String taskId;

  @BeforeEach
  void seed() {
    live = new Http(mock.refonteBaseUrl(), "live_fuzz");
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    live.post("/batches", "{\"project\":\"p\",\"name\":\"b\"}");
    taskId = live.post("/task/imageannotation",
        "{\"attachment\":\"http://x/a\",\"unique_id\":\"u\",\"tags\":[\"t\"],\"batch\":\"b\"}")
        .json().get("task_id").asText();
  }

  private JsonNode state() {
    ObjectNode s = (ObjectNode) mock.refonte().state();
    s.remove("now");
    return s;
  }

  private record Case(String method, String path, String body, String contentType) {}

  @Test
  void malformedBodiesAreRefusedWith400AndChangeNothing() {
    String t = "/task/" + taskId;
    List<Case> cases = new ArrayList<>();
    for (String body : List.of("{", "{\"attachment\":}", "nul", "[1,2", "{\"a\":1}}", "{'a':1}",
        "{\"a\":1,}", "\"str\"", "42", "[]", "true", "{\"attachment\":\"http://x\"} trailing")) {
      cases.add(new Case("POST", "/task/imageannotation", body, "application/json"));
      cases.add(new Case("POST", t + "/setMetadata", body, "application/json"));
      cases.add(new Case("POST", t + "/unique_id", body, "application/json"));
      cases.add(new Case("POST", t + "/audit", body, "application/json"));
      cases.add(new Case("POST", "/batches", body, "application/json"));
      cases.add(new Case("POST", "/projects", body, "application/json"));
      cases.add(new Case("POST", "/projects/p/setParams", body, "application/json"));
      cases.add(new Case("POST", "/batches/b/setMetadata", body, "application/json"));
      cases.add(new Case("POST", "/files/import", body, "application/json"));
      cases.add(new Case("POST", "/teams/invite", body, "application/json"));
    }
    for (String tags : List.of("{\"tags\":[]}", "\"t\"", "[1]", "[[\"a\"]]", "[\"\"]", "[{}]", "{")) {
      for (String method : List.of("POST", "PUT", "DELETE")) {
        cases.add(new Case(method, t + "/tags", tags, "application/json"));
      }
    }
    // wrong JSON types for each known field
    for (String field : List.of("\"instruction\":5", "\"callback_url\":[]", "\"metadata\":\"m\"",
        "\"metadata\":[]", "\"tags\":\"t\"", "\"unique_id\":7", "\"unique_id\":\"\"",
        "\"clear_unique_id_on_error\":\"yes\"", "\"project\":{}", "\"batch\":1", "\"attachment\":{}",
        "\"attachments\":\"http://x\"", "\"attachments\":[]", "\"attachments\":[1]",
        "\"attachment_type\":\"hologram\"", "\"attachment\":\"not a uri\"")) {
      cases.add(new Case("POST", "/task/imageannotation", "{" + field + "}", "application/json"));
    }
    cases.add(new Case("POST", "/task/categorization", "{\"attachment\":\"http://x\",\"categories\":\"big\"}", null));
    cases.add(new Case("POST", "/task/categorization", "{\"attachment\":\"http://x\",\"categories\":[]}", null));
    cases.add(new Case("POST", "/task/categorization", "{\"attachment\":\"http://x\"}", null));
    cases.add(new Case("POST", "/task/comparison", "{\"attachment\":\"http://x\"}", null));
    cases.add(new Case("POST", "/task/comparison", "{\"attachments\":[\"http://x\"],\"choices\":[1]}", null));
    cases.add(new Case("POST", "/task/namedentityrecognition", "{\"text\":\"x\",\"labels\":[{}]}", null));
    cases.add(new Case("POST", "/task/namedentityrecognition", "{\"labels\":[{\"name\":\"A\"}]}", null));
    cases.add(new Case("POST", "/task/unknowntype", "{\"attachment\":\"http://x\"}", null));
    cases.add(new Case("POST", "/task/imageannotation", "{\"attachment\":\"http://x\",\"batch\":\"nope\"}", null));
    cases.add(new Case("POST", "/task/imageannotation", "{\"attachment\":\"http://x\"}", "multipart/form-data"));
    cases.add(new Case("POST", t + "/setMetadata", "a=1", "application/x-www-form-urlencoded"));
    cases.add(new Case("POST", t + "/audit", "{\"accepted\":true,\"comments\":5}", null));
    cases.add(new Case("POST", t + "/cancel?clear_unique_id=maybe", null, null));
    String deep = "[".repeat(5000) + "]".repeat(5000);
    cases.add(new Case("POST", "/task/imageannotation", "{\"attachment\":\"http://x\",\"d\":" + deep + "}", null));
    cases.add(new Case("POST", t + "/setMetadata", "{\"d\":" + deep + "}", null));

    JsonNode before = state();
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      Http.Response r = live.send(c.method(), c.path(),
          c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8), c.contentType());
      JsonNode body = r.json();
      boolean envelope = body.size() == 2 && body.get("status_code").asInt() == r.status()
          && body.get("error").isTextual() && !body.get("error").asText().isBlank();
      if (r.status() != 400 || !envelope) {
        wrong.add(c + " -> " + r.status() + " " + r.text());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void invalidUtf8AnywhereIs400() {
    JsonNode before = state();
    byte[] badJson = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    Http.Response body = live.send("POST", "/task/" + taskId + "/setMetadata", badJson, "application/json");
    RawHttp.Answer path = RawHttp.get(mock.server().port(), "/v1/task/%FF%FE", "live_fuzz");
    RawHttp.Answer query = RawHttp.get(mock.server().port(), "/v1/tasks?project=%C3%28", "live_fuzz");
    RawHttp.Answer badEscapeInQuery = RawHttp.get(mock.server().port(), "/v1/tasks?project=%zz", "live_fuzz");
    RawHttp.Answer badEscapeInPath = RawHttp.get(mock.server().port(), "/v1/task/%ZZ", "live_fuzz");
    byte[] form = {'a', 't', 't', 'a', 'c', 'h', 'm', 'e', 'n', 't', '=', '%', 'F', 'F'};
    Http.Response badForm = live.send("POST", "/task/imageannotation", form, "application/x-www-form-urlencoded");

    assertThat(body.status()).isEqualTo(400);
    assertThat(badForm.status()).isEqualTo(400);
    for (RawHttp.Answer a : List.of(path, query, badEscapeInQuery, badEscapeInPath)) {
      assertThat(a.status()).as(a.head()).isEqualTo(400);
      assertThat(a.body()).as(a.head()).startsWith("{\"status_code\":400,\"error\":");
    }
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void oversizedBodiesAreRefusedFromTheirLengthWithoutBeingRead() {
    // Announce 10 MiB + 1 but send nothing: the answer must come without reading the body.
    RawHttp.Answer a = RawHttp.sendTruncated(mock.server().port(),
        "POST /v1/task/imageannotation HTTP/1.1",
        "Authorization: " + Http.basic("live_fuzz") + "\r\nContent-Type: application/json\r\n",
        10L * 1024 * 1024 + 1);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.body()).contains("10 MiB");
  }

  @Test
  void chunkedBodiesWorkUpToTheLimitAndAreCutOffPastIt() {
    int port = mock.server().port();
    String headers = "Authorization: " + Http.basic("live_fuzz") + "\r\nContent-Type: application/json\r\n";
    byte[] small = "{\"attachment\":\"http://x/chunked\"}".getBytes(StandardCharsets.UTF_8);
    RawHttp.Answer ok = RawHttp.sendChunked(port, "POST /v1/task/imageannotation HTTP/1.1", headers, small,
        small.length, (byte) ' ');
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);

    JsonNode before = state();
    byte[] open = "{\"attachment\":\"http://x/a\",\"pad\":\"".getBytes(StandardCharsets.UTF_8);
    RawHttp.Answer big = RawHttp.sendChunked(port, "POST /v1/task/imageannotation HTTP/1.1", headers, open,
        20L * 1024 * 1024, (byte) 'x');
    assertThat(big.status()).isEqualTo(400);
    assertThat(big.body()).contains("10 MiB");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void multipartWithoutABoundaryIs400NotA500() {
    for (String path : List.of("/files/upload", "/task/imageannotation", "/task/" + taskId + "/setMetadata")) {
      Http.Response r = live.send("POST", path, "{}".getBytes(StandardCharsets.UTF_8), "multipart/form-data");
      assertThat(r.status()).as(path).isEqualTo(400);
      assertThat(r.json().get("status_code").asInt()).isEqualTo(400);
    }
    for (String body : List.of("garbage", "--b\r\n\r\n", "--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--",
        "--b\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunterminated")) {
      Http.Response r = live.send("POST", "/files/upload", body.getBytes(StandardCharsets.UTF_8),
          "multipart/form-data; boundary=b");
      assertThat(r.status()).as(body).isEqualTo(400);
    }
  }

  @Test
  void hugeStringsAndManyQueryParametersAreHandled() {
    String longUid = "u".repeat(100_000);
    Http.Response r = live.post("/task/imageannotation",
        "{\"attachment\":\"http://x/a\",\"unique_id\":\"" + longUid + "\"}");
    assertThat(r.status()).isEqualTo(200);
    StringBuilder q = new StringBuilder("/tasks?limit=5");
    for (int i = 0; i < 500; i++) {
      q.append("&tags=t").append(i).append("&x").append(i).append("=y");
    }
    assertThat(live.get(q.toString()).status()).isEqualTo(200);
  }
}
