package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.state.MockState;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a snapshot route or a state file will do, against a started server: save, wipe,
 * restore, and every client sees exactly what it saw before.
 */
class StateSnapshotHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final String APP = "/v2/users/owner/apps/app1";

  private static final String BODY = "{\"attachment\":\"http://x/a.png\",\"unique_id\":\"u-1\",\"metadata\":{\"n\":1.50}}";

  @Test
  void aRestoredServerAnswersAsBeforeTheWipe() {
    Http live = new Http(mock.refonteBaseUrl(), "live_restart");
    Http keyed = live.header("Idempotency-Key", "create-1");
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"p\"}");
    Http.Response created = keyed.post("/task/imageannotation", BODY);
    live.post("/task/imageannotation", "{\"attachment\":\"http://x/b.png\"}");
    mock.server().advanceClock(Duration.ofHours(2));
    String token = live.get("/tasks?limit=1").json().get("next_token").asText();
    String taskId = created.json().get("task_id").asText();
    mock.clarifai().addApp("owner", "app1").addPat("pat-owner", "owner")
        .addInput("owner", "app1", "in1", Map.of("image", Map.of("url", "https://x/1.jpg")));
    ClarifaiHttp owner = new ClarifaiHttp(mock.baseUrl(), "pat-owner");
    owner.post(APP + "/tasks", "{\"tasks\":[{\"id\":\"t1\",\"worker\":{\"user_ids\":[\"owner\"]},\"metadata\":{\"k\":1.50}}]}");
    JsonNode clarifaiTask = owner.get(APP + "/tasks/t1").json().get("task");
    MockState state = new MockState(mock.server().clock(), mock.refonte().engine(), mock.clarifai().engine());
    byte[] saved = state.snapshot();

    mock.server().reset();
    assertThat(live.get("/task/" + taskId).status()).isEqualTo(404);
    assertThat(owner.get(APP + "/tasks/t1").status()).isNotEqualTo(200);
    state.restore(saved);

    assertThat(owner.get(APP + "/tasks/t1").json().get("task")).isEqualTo(clarifaiTask);
    assertThat(owner.put(APP + "/tasks/t1/assignments", "{\"action\":\"LABEL_START\"}").status()).isEqualTo(200);

    assertThat(live.get("/task/" + taskId).raw().body()).isEqualTo(created.raw().body());
    Http.Response replay = keyed.post("/task/imageannotation", BODY);
    assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replay.raw().body()).isEqualTo(created.raw().body());
    assertThat(live.get("/tasks?limit=1&next_token=" + token).json().at("/docs/0/task_id").asText()).isEqualTo(taskId);
    assertThat(live.post("/task/imageannotation", BODY).status()).isEqualTo(409);
    assertThat(live.get("/projects/p").status()).isEqualTo(200);
    String later = live.post("/task/imageannotation", "{\"attachment\":\"http://x/c.png\"}").json().get("created_at").asText();
    assertThat(later).isGreaterThan(created.json().get("created_at").asText());
    assertThat(state.snapshot()).isNotEqualTo(saved); // the new task is in it
  }
}
