package dev.labelsdk.mock.clarifai;

import static dev.labelsdk.mock.clarifai.AssignmentAction.REVIEW_APPROVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Clarifai snapshots at the engine level: byte-identical after a restore, and a restored engine
 * answers the next requests exactly as the original does (seeded ids included).
 */
class ClarifaiSnapshotTest {

  private final EngineFixture original = new EngineFixture(6);
  private final EngineFixture restored = new EngineFixture(0);

  private static byte[] snapshot(ClarifaiEngine engine) {
    return Json.write(engine::writeSnapshot);
  }

  /** A consensus task half reviewed, a manual one, a dataset, a saved search, a collaborator. */
  private Task fill() {
    original.engine.datasets().post(original.owner, List.of(new DatasetOperations.DatasetSpec("d1", "lakes")));
    original.engine.datasets().addInputs(original.owner, "d1", List.of("i01", "i02"));
    original.engine.searches().post(original.owner, List.of(new SearchOperations.SearchSpec("s1", "one",
        Json.tree("{\"filters\":[{\"input\":{\"id\":\"i01\"}}]}"), true)));
    original.engine.collaborators().add(original.owner, List.of("u9"));
    Task consensus = original.create(Specs.task().full("u1", "u2", "u3").consensus(2, "r1"));
    original.label(consensus, "u1", "i01", "water");
    original.label(consensus, "u2", "i01", "water");
    original.label(consensus, "u3", "i02", "tree");
    Task manual = original.create(Specs.task().full("u1").manual("r1"));
    original.label(manual, "u1", "i03", "sky");
    return manual;
  }

  @Test
  void restoringGivesTheSameBytesEveryTime() {
    fill();
    byte[] saved = snapshot(original.engine);

    restored.engine.restoring(Json.tree(saved)).run();
    byte[] once = snapshot(restored.engine);
    restored.engine.restoring(Json.tree(saved)).run();

    assertThat(new String(once)).isEqualTo(new String(saved));
    assertThat(snapshot(restored.engine)).isEqualTo(saved);
    assertThat(restored.state().apps()).hasSize(1);
    assertThat(restored.state().apps().get(0).assignments()).isNotEmpty();
  }

  @Test
  void theRestoredEngineAnswersTheNextRequestsAsTheOriginalDoes() {
    Task manual = fill();
    restored.engine.restoring(Json.tree(snapshot(original.engine))).run();

    for (EngineFixture f : List.of(original, restored)) {
      String toReview = f.assignment(manual, "i03", "u1").id();
      f.put(f.as("r1"), manual, REVIEW_APPROVE, toReview);
      f.label(f.engine.tasks().get(f.owner, manual.id(), false).task(), "u1", "i04", "sun");
      f.create(Specs.task().full("u2")); // seeded ids: the same new ids on both
    }

    assertThat(new String(snapshot(restored.engine))).isEqualTo(new String(snapshot(original.engine)));
    assertThat(restored.engine.newRequestId()).isEqualTo(original.engine.newRequestId());
  }

  @Test
  void aDocumentThatIsNotASnapshotIsRefusedAndChangesNothing() {
    fill();
    restored.engine.restoring(Json.tree(snapshot(original.engine))).run();
    byte[] before = snapshot(restored.engine);
    ObjectNode badTask = (ObjectNode) Json.tree(before);
    ((ObjectNode) badTask.at("/app_data/0/tasks/0")).put("status", "NOT_A_STATUS");
    ObjectNode extraField = (ObjectNode) Json.tree(before);
    ((ObjectNode) extraField.at("/app_data/0/inputs/0")).put("surprise", 1);

    for (JsonNode bad : List.of(Json.tree("{}"), Json.tree("{\"version\":1}"), badTask, extraField)) {
      assertThatThrownBy(() -> restored.engine.restoring(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(snapshot(restored.engine)).isEqualTo(before);
  }
}
