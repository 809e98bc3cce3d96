package dev.labelsdk.mock.clarifai;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deterministic PARTITIONED assignment of spec §8.2 against the vectors of §13. */
class PartitionerTest {

  private static final String[] NAMES = {"u1", "u2", "u3"};

  @Test
  void weighted90To10OneWorkerPerInput_vector2() {
    double[] w = {90, 10};
    assertThat(Partitioner.quotas(10, 1, w)).containsExactly(9, 1);
    assertThat(perInput(10, 1, w)).containsExactly("u1", "u1", "u1", "u1", "u1", "u1", "u1", "u1", "u1", "u2");
  }

  @Test
  void evenlyOverThreeWorkersTwoPerInput_vector3() {
    double[] w = {1, 1, 1};
    assertThat(Partitioner.quotas(10, 2, w)).containsExactly(7, 7, 6);
    assertThat(perInput(10, 2, w)).containsExactly("u1,u2", "u1,u2", "u3,u1", "u2,u3", "u1,u2", "u3,u1",
        "u2,u3", "u1,u2", "u3,u1", "u2,u3");
  }

  @Test
  void weightedOneOneOneOneWorkerPerInput_vector4() {
    double[] w = {1, 1, 1};
    assertThat(Partitioner.quotas(10, 1, w)).containsExactly(4, 3, 3);
    assertThat(perInput(10, 1, w)).containsExactly("u1", "u1", "u2", "u3", "u1", "u2", "u3", "u1", "u2", "u3");
  }

  @Test
  void aShareAboveOneOverWorkersPerInputIsImpossible_vector5() {
    assertThat(Partitioner.firstImpossibleShare(new double[] {60, 20, 20}, 2)).isZero();
    assertThat(Partitioner.firstImpossibleShare(new double[] {50, 25, 25}, 2)).isEqualTo(-1);
    assertThat(Partitioner.firstImpossibleShare(new double[] {1, 1, 1}, 3)).isEqualTo(-1);
  }

  @Test
  void onlyRatiosMatterAndTotalsAreExact() {
    assertThat(perInput(10, 1, new double[] {9, 1})).isEqualTo(perInput(10, 1, new double[] {90, 10}));
    int[] q = Partitioner.quotas(7, 2, new double[] {3, 2, 2, 0});
    assertThat(q[0] + q[1] + q[2] + q[3]).isEqualTo(14);
    assertThat(q[3]).isZero();
    for (String pair : perInput(7, 2, new double[] {3, 2, 2, 0})) {
      String[] ws = pair.split(",");
      assertThat(ws).hasSize(2).doesNotHaveDuplicates();
    }
  }

  @Test
  void noInputsMeansNoSlots() {
    assertThat(Partitioner.quotas(0, 1, new double[] {1, 1})).containsExactly(0, 0);
    assertThat(Partitioner.assign(0, 1, new double[] {1, 1})).isEmpty();
  }

  private static List<String> perInput(int n, int k, double[] weights) {
    List<String> out = new ArrayList<>();
    for (int[] picked : Partitioner.assign(n, k, weights)) {
      List<String> names = new ArrayList<>();
      for (int j : picked) {
        names.add(NAMES[j]);
      }
      out.add(String.join(",", names));
    }
    return out;
  }
}
