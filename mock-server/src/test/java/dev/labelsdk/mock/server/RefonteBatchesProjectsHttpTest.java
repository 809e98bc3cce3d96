package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Batches, projects, files and teams (spec §4.10 to §4.12). */
class RefonteBatchesProjectsHttpTest {

  @RegisterExtension static LabelMockExtension mock = LabelMockExtension.create();

  private Http live;

  @BeforeEach
  void client() {
    live = new Http(mock.refonteBaseUrl(), "live_batcher");
  }

  @Test
  void projectsKeepAParamHistoryAndTasksRecordTheVersionTheyWereCreatedWith() {
    JsonNode p = live.post("/projects",
        "{\"type\":\"imageannotation\",\"name\":\"kittens\",\"params\":{\"instruction\":\"Box kittens\"}}").json();
    assertThat(p.get("name").asText()).isEqualTo("kittens");
    assertThat(p.get("type").asText()).isEqualTo("imageannotation");
    assertThat(p.get("archived").asBoolean()).isFalse();
    assertThat(p.get("param_history")).hasSize(1);
    assertThat(p.get("param_history").get(0).get("version").asInt()).isZero();
    assertThat(p.get("param_history").get(0).get("instruction").asText()).isEqualTo("Box kittens");

    String v0 = live.post("/task/imageannotation", "{\"attachment\":\"http://x/a\",\"project\":\"kittens\"}")
        .json().get("task_id").asText();
    JsonNode patched = live.post("/projects/kittens/setParams", "{\"patch\":true,\"geometries\":{}}").json();
    JsonNode replaced = live.post("/projects/kittens/setParams", "{\"instruction\":\"v2\"}").json();
    String v2 = live.post("/task/imageannotation", "{\"attachment\":\"http://x/a\",\"project\":\"kittens\"}")
        .json().get("task_id").asText();

    JsonNode history = replaced.get("param_history");
    assertThat(patched.get("param_history").get(1).has("instruction")).isTrue();
    assertThat(patched.get("param_history").get(1).has("patch")).isFalse();
    assertThat(history.get(2).get("version").asInt()).isEqualTo(2);
    assertThat(history.get(2).has("geometries")).isFalse();
    assertThat(live.get("/task/" + v0).json().get("project_param_version").asInt()).isZero();
    assertThat(live.get("/task/" + v2).json().get("project_param_version").asInt()).isEqualTo(2);
  }

  @Test
  void projectNamesAreUniquePerTenantAndListedAsABareArray() {
    assertThat(live.post("/projects", "{\"type\":\"categorization\",\"name\":\"a b/c\",\"params\":null}").status())
        .isEqualTo(200);
    Http.Response dup = live.post("/projects", "{\"type\":\"categorization\",\"name\":\"a b/c\"}");
    assertThat(dup.status()).isEqualTo(409);
    assertThat(dup.error()).isEqualTo("Project \"a b/c\" already exists.");
    assertThat(live.as("live_other").post("/projects", "{\"type\":\"categorization\",\"name\":\"a b/c\"}").status())
        .isEqualTo(200);
    live.post("/projects", "{\"type\":\"transcription\",\"name\":\"second\"}");

    JsonNode list = live.get("/projects").json();
    assertThat(list.isArray()).isTrue();
    assertThat(list.get(0).get("name").asText()).isEqualTo("a b/c");
    assertThat(list.get(1).get("name").asText()).isEqualTo("second");
    assertThat(live.get("/projects?archived=true").json()).isEmpty();
    assertThat(live.get("/projects/a%20b%2Fc").json().get("name").asText()).isEqualTo("a b/c");
    assertThat(live.get("/projects/nope").status()).isEqualTo(404);
    assertThat(live.as("live_third").get("/projects/second").status()).isEqualTo(404);
  }

  @Test
  void projectValidation() {
    assertThat(live.post("/projects", "{\"name\":\"x\"}").status()).isEqualTo(400);
    assertThat(live.post("/projects", "{\"type\":\"teleportation\",\"name\":\"x\"}").status()).isEqualTo(400);
    assertThat(live.post("/projects", "{\"type\":\"categorization\",\"name\":\"\"}").status()).isEqualTo(400);
    assertThat(live.post("/projects", "{\"type\":\"categorization\",\"name\":\"x\",\"params\":[1]}").status())
        .isEqualTo(400);
    live.post("/projects", "{\"type\":\"categorization\",\"name\":\"x\"}");
    assertThat(live.post("/projects/x/setParams", "[]").status()).isEqualTo(400);
    assertThat(live.post("/projects/nope/setParams", "{}").status()).isEqualTo(404);
  }

  @Test
  void batchesBelongToAProjectAndCountTheirTasksByStatus() {
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"kittens\"}");
    JsonNode b = live.post("/batches", "{\"project\":\"kittens\",\"name\":\"kittens_2020-07\"}").json();
    assertThat(b.get("status").asText()).isEqualTo("in_progress");
    assertThat(b.get("callback").asText()).isEmpty();
    assertThat(b.get("metadata").toString()).isEqualTo("{}");
    assertThat(b.get("calibration_batch").asBoolean()).isFalse();
    assertThat(b.get("self_label_batch").asBoolean()).isFalse();
    assertThat(b.has("created_at")).isTrue();

    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      JsonNode t = live.post("/task/imageannotation", "{\"attachment\":\"http://x/a\",\"batch\":\"kittens_2020-07\"}").json();
      assertThat(t.get("project").asText()).isEqualTo("kittens"); // inherited
      ids.add(t.get("task_id").asText());
    }
    mock.refonte().complete(ids.get(0));
    mock.refonte().error(ids.get(1), "nope");
    live.post("/task/" + ids.get(2) + "/cancel", null);

    JsonNode status = live.get("/batches/kittens_2020-07/status").json();
    assertThat(status.toString())
        .isEqualTo("{\"status\":\"in_progress\",\"pending\":1,\"completed\":1,\"canceled\":1,\"error\":1}");
    assertThat(live.get("/tasks?project=kittens").json().get("total").asInt()).isEqualTo(4);
  }

  @Test
  void batchCreationRules() {
    assertThat(live.post("/batches", "{\"project\":\"ghost\",\"name\":\"b\"}").error())
        .isEqualTo("Project \"ghost\" not found.");
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"rapid\",\"rapid\":true}");
    assertThat(live.post("/batches", "{\"project\":\"p\"}").status()).isEqualTo(400);
    assertThat(live.post("/batches", "{\"project\":\"p\",\"name\":\"b\",\"metadata\":[1]}").status()).isEqualTo(400);
    assertThat(live.post("/batches", "{\"project\":\"p\",\"name\":\"b\"}").status()).isEqualTo(200);
    assertThat(live.post("/batches", "{\"project\":\"p\",\"name\":\"b\"}").error())
        .isEqualTo("Batch \"b\" already exists.");

    JsonNode staged = live.post("/batches", "{\"project\":\"rapid\",\"name\":\"r1\"}").json();
    assertThat(staged.get("status").asText()).isEqualTo("staging");
    assertThat(live.post("/batches/r1/finalize", null).json().get("status").asText()).isEqualTo("in_progress");
    assertThat(live.post("/batches/r1/finalize", null).json().get("status").asText()).isEqualTo("in_progress");
    assertThat(live.post("/batches/ghost/finalize", null).status()).isEqualTo(404);
  }

  @Test
  void aTaskNamingAnUnknownBatchOrAnotherProjectIs400AndNotStored() {
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    live.post("/batches", "{\"project\":\"p\",\"name\":\"b\"}");
    assertThat(live.post("/task/imageannotation", "{\"attachment\":\"http://x/a\",\"batch\":\"zz\"}").error())
        .isEqualTo("Batch \"zz\" not found.");
    assertThat(live.post("/task/imageannotation",
        "{\"attachment\":\"http://x/a\",\"batch\":\"b\",\"project\":\"other\"}").status()).isEqualTo(400);
    assertThat(live.get("/tasks").json().get("total").asInt()).isZero();
  }

  @Test
  void batchListPagesByOffsetWithBothTotals() {
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"q\"}");
    for (int i = 0; i < 5; i++) {
      live.post("/batches", "{\"project\":\"" + (i % 2 == 0 ? "p" : "q") + "\",\"name\":\"b" + i + "\"}");
    }
    JsonNode page = live.get("/batches?limit=2&offset=1").json();
    assertThat(page.get("docs").get(0).get("name").asText()).isEqualTo("b3");
    assertThat(page.get("docs").get(1).get("name").asText()).isEqualTo("b2");
    assertThat(page.get("totalDocs").asInt()).isEqualTo(5);
    assertThat(page.get("total").asInt()).isEqualTo(5);
    assertThat(page.get("has_more").asBoolean()).isTrue();
    assertThat(live.get("/batches?project=p&status=in_progress&exclude_archived=true").json().get("totalDocs")
        .asInt()).isEqualTo(3);
    assertThat(live.get("/batches?status=staging").json().get("total").asInt()).isZero();
    assertThat(live.get("/batches?status=bogus").status()).isEqualTo(400);
    assertThat(live.get("/batches?limit=0").status()).isEqualTo(400);
    assertThat(live.get("/batches?offset=-2").status()).isEqualTo(400);
  }

  @Test
  void batchMetadataIsReplaced() {
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    live.post("/batches", "{\"project\":\"p\",\"name\":\"with/slash\",\"metadata\":{\"a\":1}}");
    JsonNode b = live.post("/batches/with%2Fslash/setMetadata", "{\"b\":2}").json();
    assertThat(b.get("metadata").toString()).isEqualTo("{\"b\":2}");
    assertThat(live.post("/batches/with%2Fslash/setMetadata", "\"x\"").status()).isEqualTo(400);
    assertThat(live.get("/batches/with%2Fslash").json().get("metadata").toString()).isEqualTo("{\"b\":2}");
  }

  @Test
  void filesAreRecordedWithAnAttachmentUrlThatTasksAccept() {
    String boundary = "----b0undary";
    String multipart = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"cat.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n"
        + "PNGDATA\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"project_name\"\r\n\r\n"
        + "kittens\r\n"
        + "--" + boundary + "--\r\n";
    Http.Response upload = live.send("POST", "/files/upload", multipart.getBytes(StandardCharsets.UTF_8),
        "multipart/form-data; boundary=" + boundary);
    JsonNode file = upload.json();
    assertThat(upload.status()).isEqualTo(200);
    assertThat(file.get("id").asText()).matches("[0-9a-f]{24}");
    assertThat(file.get("mimetype").asText()).isEqualTo("image/png");
    assertThat(file.get("size").asInt()).isEqualTo(7);
    assertThat(file.get("project_names").toString()).isEqualTo("[\"kittens\"]");
    assertThat(live.post("/task/imageannotation", "{\"attachment\":\"" + file.get("attachment_url").asText() + "\"}")
        .status()).isEqualTo(200);

    JsonNode imported = live.post("/files/import", "{\"file_url\":\"s3://bucket/dog.jpg\"}").json();
    assertThat(imported.get("attachment_url").asText()).startsWith("refontedata://files/");
    assertThat(live.post("/files/import", "{\"file_url\":\"not a url\"}").status()).isEqualTo(400);
    assertThat(live.send("POST", "/files/upload", "x".getBytes(StandardCharsets.UTF_8), "text/plain").status())
        .isEqualTo(400);
    String noFile = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"reference_id\"\r\n\r\nr1\r\n--"
        + boundary + "--\r\n";
    assertThat(live.send("POST", "/files/upload", noFile.getBytes(StandardCharsets.UTF_8),
        "multipart/form-data; boundary=" + boundary).status()).isEqualTo(400);
  }

  @Test
  void theTeamAlwaysHoldsTheTenantAndGrowsByInvitation() {
    JsonNode team = live.get("/teams").json();
    assertThat(team).hasSize(1);
    assertThat(team.get(0).get("role").asText()).isEqualTo("admin");

    JsonNode invited = live.post("/teams/invite", "{\"emails\":[\"a@x.io\"],\"team_role\":\"labeler\"}").json();
    JsonNode changed = live.post("/teams/set_role", "{\"emails\":[\"a@x.io\",\"ghost@x.io\"],\"team_role\":\"manager\"}")
        .json();

    assertThat(invited).hasSize(2);
    assertThat(changed).hasSize(2);
    assertThat(changed.get(1).get("role").asText()).isEqualTo("manager");
    assertThat(live.post("/teams/invite", "{\"emails\":[\"a@x.io\"],\"team_role\":\"god\"}").status()).isEqualTo(400);
  }
}
