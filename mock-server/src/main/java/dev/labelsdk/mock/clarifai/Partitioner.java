package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.List;

/**
 * The deterministic PARTITIONED assignment of spec §8.2 (mock choice): largest-remainder
 * quotas over {@code N·k} slots, then, input by input, the {@code k} distinct workers with the
 * largest remaining quota (ties: the earlier worker). Pure.
 */
final class Partitioner {

  /** Fractions and shares within this are equal (spec §8.2). */
  static final double EPSILON = 1e-9;

  private Partitioner() {}

  /**
   * The index of the first worker whose share {@code w/Σw} exceeds {@code 1/k} (the proto's
   * "mathematically impossible" weights), or -1 when every share is possible.
   */
  static int firstImpossibleShare(double[] weights, int k) {
    double sum = sum(weights);
    for (int j = 0; j < weights.length; j++) {
      if (weights[j] / sum > 1.0 / k + EPSILON) {
        return j;
      }
    }
    return -1;
  }

  /** Each worker's number of slots: largest remainder over {@code inputs·k} slots. */
  static int[] quotas(int inputs, int k, double[] weights) {
    int n = weights.length;
    long total = (long) inputs * k;
    double sum = sum(weights);
    int[] q = new int[n];
    double[] fraction = new double[n];
    long given = 0;
    for (int j = 0; j < n; j++) {
      double exact = total * weights[j] / sum;
      q[j] = (int) Math.floor(exact + EPSILON);
      fraction[j] = exact - q[j];
      given += q[j];
    }
    boolean[] hadLeftover = new boolean[n];
    for (long left = total - given; left > 0; left--) {
      int best = -1;
      for (int j = 0; j < n; j++) {
        if (!hadLeftover[j] && (best < 0 || fraction[j] > fraction[best] + EPSILON)) {
          best = j;
        }
      }
      q[best]++;
      hadLeftover[best] = true; // one leftover slot each
    }
    return q;
  }

  /**
   * For each input in order, the indices of its {@code k} workers, in the order they were
   * picked (largest remaining quota first). The share rule guarantees {@code k} are found.
   */
  static List<int[]> assign(int inputs, int k, double[] weights) {
    int[] left = quotas(inputs, k, weights);
    List<int[]> out = new ArrayList<>(inputs);
    for (int i = 0; i < inputs; i++) {
      int[] picked = new int[k];
      boolean[] taken = new boolean[left.length];
      for (int p = 0; p < k; p++) {
        int best = -1;
        for (int j = 0; j < left.length; j++) {
          if (!taken[j] && left[j] > 0 && (best < 0 || left[j] > left[best])) {
            best = j;
          }
        }
        if (best < 0) {
          throw new IllegalStateException("impossible weights reached the partitioner");
        }
        taken[best] = true;
        left[best]--;
        picked[p] = best;
      }
      out.add(picked);
    }
    return out;
  }

  private static double sum(double[] weights) {
    double s = 0;
    for (double w : weights) {
      s += w;
    }
    return s;
  }
}
