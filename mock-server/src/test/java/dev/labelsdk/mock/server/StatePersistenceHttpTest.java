package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.Caller;
import dev.labelsdk.mock.refonte.CreateTask;
import dev.labelsdk.mock.refonte.RefonteEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State that survives: the snapshot route, a state file across a restart, and a fixture every
 * test starts from.
 */
class StatePersistenceHttpTest {

  private static final String TASK = "{\"attachment\":\"http://x/a.png\",\"unique_id\":\"kept\"}";

  @Test
  void theSnapshotRouteSavesAndRestoresAndRefusesWhatIsNotASnapshot() {
    try (LabelMockServer server = LabelMockServer.builder().build().start()) {
      Http api = new Http(server.refonteBaseUrl(), "live_snap");
      Http admin = new Http(server.baseUrl(), null);
      String id = api.post("/task/imageannotation", TASK).json().get("task_id").asText();
      server.clarifai().addApp("owner", "app1").addPat("pat-secret-1", "owner");
      ClarifaiHttp owner = new ClarifaiHttp(server.baseUrl(), "pat-secret-1");
      Http.Response saved = admin.get("/__admin/labelsdk/snapshot");
      assertThat(saved.status()).isEqualTo(200);
      assertThat(saved.json().get("format").asText()).isEqualTo("labelsdk-mock-state");
      // Keys and tokens are held as digests: a snapshot never reveals one.
      assertThat(saved.text()).doesNotContain("live_snap").doesNotContain("pat-secret-1");

      admin.post("/__admin/refonte/reset", null);
      assertThat(api.get("/task/" + id).status()).isEqualTo(404);
      assertThat(admin.post("/__admin/labelsdk/snapshot", saved.text()).status()).isEqualTo(200);
      // A restored state gives the same bytes back.
      assertThat(admin.get("/__admin/labelsdk/snapshot").raw().body()).isEqualTo(saved.raw().body());
      assertThat(api.get("/task/" + id).json().get("unique_id").asText()).isEqualTo("kept");
      assertThat(owner.get("/v2/users/owner/apps/app1/tasks").status()).isEqualTo(200);

      Http.Response bad = admin.post("/__admin/labelsdk/snapshot", "{\"format\":\"something-else\"}");
      assertThat(bad.status()).isEqualTo(400);
      assertThat(bad.json().get("error").asText()).isNotBlank();
      assertThat(api.get("/task/" + id).status()).isEqualTo(200); // nothing changed
    }
  }

  @Test
  void aSnapshotLargerThanAnApiBodyIsPostedBackWhole() {
    try (LabelMockServer server = LabelMockServer.builder().build().start()) {
      Http admin = new Http(server.baseUrl(), null);
      RefonteEngine engine = server.refonte().engine();
      Caller caller = engine.authenticate("live_large");
      try {
        ObjectNode metadata = Json.MAPPER.createObjectNode().put("note", "m".repeat(2_000));
        for (int i = 0; i < 6_000; i++) {
          engine.tasks().create(caller, CreateTask.builder("imageannotation")
              .params(Json.MAPPER.createObjectNode().put("attachment", "http://x/" + i))
              .metadata(metadata).build());
        }
      } finally {
        engine.release(caller);
      }
      byte[] saved = admin.get("/__admin/labelsdk/snapshot").raw().body();
      assertThat(saved.length).isGreaterThan((int) FrontDoor.MAX_BODY_BYTES);

      admin.post("/__admin/refonte/reset", null);
      Http.Response restored = admin.send("POST", "/__admin/labelsdk/snapshot", saved, "application/json");
      assertThat(restored.status()).as(restored.text()).isEqualTo(200);
      assertThat(admin.get("/__admin/labelsdk/snapshot").raw().body()).isEqualTo(saved);
      // The larger limit is the snapshot route's alone: the APIs keep theirs.
      Http.Response api = new Http(server.refonteBaseUrl(), "live_large")
          .send("POST", "/task/imageannotation", saved, "application/json");
      assertThat(api.status()).isEqualTo(400);
      assertThat(api.text()).contains("10 MiB");
    }
  }

  @Test
  void aSnapshotPastItsLimitIsRefusedFromItsLengthWithoutBeingRead() {
    try (LabelMockServer server = LabelMockServer.builder().build().start()) {
      RawHttp.Answer a = RawHttp.sendTruncated(server.port(), "POST /__admin/labelsdk/snapshot HTTP/1.1",
          "Content-Type: application/json\r\n", SnapshotHttpApi.MAX_DOCUMENT_BYTES + 1);
      assertThat(a.status()).isEqualTo(400);
      assertThat(a.body()).contains((SnapshotHttpApi.MAX_DOCUMENT_BYTES >> 20) + " MiB");
    }
  }

  @Test
  void hostileSnapshotsAreRefusedAndChangeNothing() {
    try (LabelMockServer server = LabelMockServer.builder().build().start()) {
      Http api = new Http(server.refonteBaseUrl(), "live_hostile");
      Http admin = new Http(server.baseUrl(), null);
      String id = api.post("/task/imageannotation", TASK).json().get("task_id").asText();
      String good = admin.get("/__admin/labelsdk/snapshot").text();
      String[] hostile = {
          "{\"format\":", "[]", "null", "{\"format\":\"labelsdk-mock-state\",\"version\":\"1\"}",
          good.replace("\"unique_id\":\"kept\"", "\"unique_id\":\"\\ud800\""),
          good.replace("\"offset_ms\":0", "\"offset_ms\":1e999999999"),
          good.replace("\"refonte\":{\"version\":1", "\"refonte\":{\"version\":99"),
          good.substring(0, good.length() / 2)};
      for (String doc : hostile) {
        Http.Response r = admin.post("/__admin/labelsdk/snapshot", doc);
        assertThat(r.status()).as(doc.length() > 80 ? doc.substring(0, 80) : doc).isEqualTo(400);
        assertThat(r.text()).doesNotContainPattern("\\b(java|com|org)\\.[\\w.]+(Exception|Error)");
      }
      assertThat(admin.get("/__admin/labelsdk/snapshot").text()).isEqualTo(good);
      assertThat(api.get("/task/" + id).status()).isEqualTo(200);
    }
  }

  @Test
  void aStateFileCarriesTheStateAcrossARestart(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mock-state.json");
    String id;
    String createdAt;
    try (LabelMockServer first = LabelMockServer.builder()
        .stateFile(file, Duration.ofHours(1)).build().start()) {
      Http api = new Http(first.refonteBaseUrl(), "live_file");
      first.advanceClock(Duration.ofDays(3));
      var created = api.post("/task/imageannotation", TASK).json();
      id = created.get("task_id").asText();
      createdAt = created.get("created_at").asText();
    } // stop() saves
    assertThat(file).exists();
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).doesNotContain("live_file");
    assertThat(dir.resolve("mock-state.json.tmp")).doesNotExist();

    try (LabelMockServer second = LabelMockServer.builder()
        .stateFile(file, Duration.ofHours(1)).build().start()) {
      Http api = new Http(second.refonteBaseUrl(), "live_file");
      assertThat(api.get("/task/" + id).json().get("unique_id").asText()).isEqualTo("kept");
      assertThat(api.post("/task/imageannotation", TASK).status()).isEqualTo(409);
      // The clock carried on: a new task is not older than the saved one.
      String later = api.post("/task/imageannotation", "{\"attachment\":\"http://x/b.png\"}")
          .json().get("created_at").asText();
      assertThat(later).isGreaterThan(createdAt);
    }
  }

  @Test
  void aBrokenStateFileStopsTheStartInsteadOfStartingEmpty(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"format\":\"labelsdk-mock-state\",\"version\":99}");
    LabelMockServer server = LabelMockServer.builder().stateFile(file, Duration.ofHours(1)).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(server::start)
        .hasMessageContaining("cannot load the state file");
  }

  @Test
  void everyTestCanStartFromAFixture(@TempDir Path dir) throws Exception {
    Path fixture = dir.resolve("fixture.json");
    String id;
    try (LabelMockServer maker = LabelMockServer.builder().build().start()) {
      id = new Http(maker.refonteBaseUrl(), "live_fixture").post("/task/imageannotation", TASK)
          .json().get("task_id").asText();
      maker.snapshot(fixture);
    }
    LabelMockExtension extension = LabelMockExtension.fromSnapshot(fixture);
    LabelMockServer server = extension.server();
    try {
      Http api = new Http(server.refonteBaseUrl(), "live_fixture");
      assertThat(api.get("/task/" + id).status()).isEqualTo(200);
      api.post("/task/" + id + "/cancel", null);
      api.post("/task/imageannotation", "{\"attachment\":\"http://x/other.png\"}");
      server.reset(); // what the extension does before each test
      assertThat(api.get("/task/" + id).json().get("status").asText()).isEqualTo("pending");
      assertThat(api.get("/tasks").json().get("total").asInt()).isEqualTo(1);
    } finally {
      server.stop();
    }
  }
}
