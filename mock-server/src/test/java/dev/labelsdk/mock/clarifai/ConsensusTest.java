package dev.labelsdk.mock.clarifai;

import static dev.labelsdk.mock.clarifai.StatusCode.TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW;
import static dev.labelsdk.mock.clarifai.StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW;
import static dev.labelsdk.mock.clarifai.StatusCode.TASK_ASSIGNMENT_SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Consensus (spec §8.5): classes of agreeing units, the threshold, and the fall back to reviewers. */
class ConsensusTest {

  private static final Consensus.Agreement CLASSIFICATION =
      Consensus.agreement(TaskType.CONCEPTS_CLASSIFICATION, 0.5);
  private static final Consensus.Agreement BOXES = Consensus.agreement(TaskType.BOUNDING_BOX_DETECTION, 0.5);

  @Test
  void twoAgreeingUnitsOfThreeReachAThresholdOfTwo_vector12() {
    Consensus.Unit u1 = waiting("a1", concepts("water"));
    assertThat(Consensus.evaluate(List.of(u1), 2, 2, CLASSIFICATION)).isEmpty(); // still reachable
    Consensus.Unit u2 = waiting("a2", concepts("water"));
    assertThat(Consensus.evaluate(List.of(u1, u2), 2, 1, CLASSIFICATION))
        .containsExactly(Map.entry("a1", TASK_ASSIGNMENT_SUCCESS), Map.entry("a2", TASK_ASSIGNMENT_SUCCESS));
    Consensus.Unit u3 = waiting("a3", concepts("tree"));
    Consensus.Unit approved1 = new Consensus.Unit("a1", TASK_ASSIGNMENT_SUCCESS, u1.labels());
    Consensus.Unit approved2 = new Consensus.Unit("a2", TASK_ASSIGNMENT_SUCCESS, u2.labels());
    assertThat(Consensus.evaluate(List.of(approved1, approved2, u3), 2, 0, CLASSIFICATION))
        .containsExactly(Map.entry("a3", TASK_ASSIGNMENT_AWAITING_REVIEW));
  }

  @Test
  void aSingleLabelerCanNeverReachTwo_vector13() {
    assertThat(Consensus.evaluate(List.of(waiting("a1", concepts("water"))), 2, 0, CLASSIFICATION))
        .containsExactly(Map.entry("a1", TASK_ASSIGNMENT_AWAITING_REVIEW));
  }

  @Test
  void disagreementThatCanStillBeOutvotedWaits() {
    List<Consensus.Unit> units = List.of(waiting("a1", concepts("water")), waiting("a2", concepts("tree")));
    assertThat(Consensus.evaluate(units, 2, 1, CLASSIFICATION)).isEmpty();
    assertThat(Consensus.evaluate(units, 2, 0, CLASSIFICATION))
        .containsOnlyKeys("a1", "a2").containsValues(TASK_ASSIGNMENT_AWAITING_REVIEW);
  }

  @Test
  void classificationComparesPositiveConceptSetsOnly() {
    UnitLabels withNegative = UnitLabels.of(List.of(annotation(
        "{\"concepts\":[{\"id\":\"water\",\"value\":1},{\"id\":\"tree\",\"value\":0}]}")));
    assertThat(CLASSIFICATION.agree(withNegative, concepts("water"))).isTrue();
    assertThat(CLASSIFICATION.agree(concepts(), concepts())).isTrue();
    assertThat(CLASSIFICATION.agree(concepts("water", "tree"), concepts("water"))).isFalse();
  }

  @Test
  void boxesAgreeWhenEveryConceptsRegionsMatchOneToOneAboveTheIouThreshold() {
    UnitLabels a = boxes("water", 0.1, 0.1, 0.5, 0.5, "water", 0.6, 0.6, 0.9, 0.9);
    UnitLabels shifted = boxes("water", 0.62, 0.62, 0.92, 0.92, "water", 0.12, 0.12, 0.52, 0.52);
    UnitLabels far = boxes("water", 0.1, 0.1, 0.5, 0.5, "water", 0.0, 0.6, 0.2, 0.9);
    UnitLabels oneMissing = boxes("water", 0.1, 0.1, 0.5, 0.5);
    UnitLabels otherConcept = boxes("water", 0.1, 0.1, 0.5, 0.5, "tree", 0.6, 0.6, 0.9, 0.9);
    assertThat(BOXES.agree(a, shifted)).isTrue();
    assertThat(BOXES.agree(a, far)).isFalse();
    assertThat(BOXES.agree(a, oneMissing)).isFalse();
    assertThat(BOXES.agree(a, otherConcept)).isFalse();
    assertThat(Consensus.agreement(TaskType.BOUNDING_BOX_DETECTION, 0.99).agree(a, shifted)).isFalse();
  }

  @Test
  void polygonsAreComparedByTheirBoundingBoxes() {
    Consensus.Agreement polygons = Consensus.agreement(TaskType.POLYGON_DETECTION, 0.5);
    UnitLabels triangle = UnitLabels.of(List.of(annotation("{\"regions\":[{\"region_info\":{\"polygon\":{\"points\":["
        + "{\"row\":0.1,\"col\":0.1},{\"row\":0.5,\"col\":0.1},{\"row\":0.5,\"col\":0.5}]}},"
        + "\"data\":{\"concepts\":[{\"id\":\"water\",\"value\":1}]}}]}")));
    assertThat(polygons.agree(triangle, boxes("water", 0.1, 0.1, 0.5, 0.5))).isTrue();
    assertThat(new Box(0.1, 0.1, 0.5, 0.5).iou(new Box(0.3, 0.1, 0.7, 0.5))).isCloseTo(1.0 / 3, offset(1e-9));
  }

  private static Consensus.Unit waiting(String id, UnitLabels labels) {
    return new Consensus.Unit(id, TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW, labels);
  }

  private static UnitLabels concepts(String... ids) {
    return new UnitLabels(Set.of(ids), Map.of());
  }

  /** Boxes given as concept, top, left, bottom, right, ... */
  private static UnitLabels boxes(Object... spec) {
    StringBuilder regions = new StringBuilder();
    for (int i = 0; i < spec.length; i += 5) {
      if (i > 0) {
        regions.append(',');
      }
      regions.append("{\"region_info\":{\"bounding_box\":{\"top_row\":").append(spec[i + 1])
          .append(",\"left_col\":").append(spec[i + 2]).append(",\"bottom_row\":").append(spec[i + 3])
          .append(",\"right_col\":").append(spec[i + 4]).append("}},\"data\":{\"concepts\":[{\"id\":\"")
          .append(spec[i]).append("\",\"value\":1}]}}");
    }
    return UnitLabels.of(List.of(annotation("{\"regions\":[" + regions + "]}")));
  }

  private static Annotation annotation(String data) {
    JsonNode d = Json.tree(data);
    return new Annotation("a", "i", d, StatusCode.ANNOTATION_PENDING, 0, 0, "u", "t", null);
  }
}
