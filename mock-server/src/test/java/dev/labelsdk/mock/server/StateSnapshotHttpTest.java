package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.state.MockState;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a snapshot route or a state file will do, against a started server: save, wipe,
 * restore, and every client sees exactly what it saw before.
 */
class StateSnapshotHttpTest {

  @RegisterExtension static LabelMockExtension mock = LabelMockExtension.create();

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
    MockState state = new MockState(mock.server().clock(), mock.refonte().engine());
    byte[] saved = state.snapshot();

    mock.refonte().reset();
    assertThat(live.get("/task/" + taskId).status()).isEqualTo(404);
    state.restore(saved);

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
