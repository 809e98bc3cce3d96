package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Consensus review (spec §8.5): groups the submitted units of one input into classes of units
 * that labeled it the same way and decides which units waiting for consensus (54203) are
 * approved or handed to reviewers. Pure.
 */
final class Consensus {

  /** A submitted unit: its assignment id, current status and labels. */
  record Unit(String assignmentId, StatusCode status, UnitLabels labels) {}

  /** When two units labeled an input the same way. */
  @FunctionalInterface
  interface Agreement {
    boolean agree(UnitLabels a, UnitLabels b);
  }

  private Consensus() {}

  /**
   * The agreement of spec §8.5 for a task type: equal positive concept sets for
   * classification (and TYPE_NOT_SET); for boxes and polygons, per positive region concept
   * the same number of regions, matched one-to-one with IoU ≥ {@code iouThreshold}.
   */
  static Agreement agreement(TaskType type, double iouThreshold) {
    return switch (type) {
      case BOUNDING_BOX_DETECTION, POLYGON_DETECTION -> (a, b) -> regionsAgree(a, b, iouThreshold);
      default -> (a, b) -> a.concepts().equals(b.concepts());
    };
  }

  /**
   * The new statuses of the units in 54203, keyed by assignment id (units that keep their
   * status are left out). {@code units} are in submission order; {@code unsubmitted} is how
   * many required submissions of the input are still missing.
   */
  static Map<String, StatusCode> evaluate(List<Unit> units, int threshold, int unsubmitted,
      Agreement agreement) {
    List<List<Unit>> classes = new ArrayList<>();
    for (Unit u : units) {
      List<Unit> joined = null;
      for (List<Unit> c : classes) {
        if (agreement.agree(c.get(0).labels(), u.labels())) {
          joined = c;
          break;
        }
      }
      if (joined == null) {
        joined = new ArrayList<>();
        classes.add(joined);
      }
      joined.add(u);
    }
    List<Unit> winner = classes.stream().filter(c -> c.size() >= threshold).findFirst().orElse(null);
    int largest = classes.stream().mapToInt(List::size).max().orElse(0);
    boolean unreachable = winner == null && largest + unsubmitted < threshold;
    Map<String, StatusCode> out = new LinkedHashMap<>();
    for (Unit u : units) {
      if (u.status() != StatusCode.TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW) {
        continue;
      }
      if (winner != null) {
        // (mock choice) units outside the winning class go to a reviewer
        out.put(u.assignmentId(), winner.contains(u)
            ? StatusCode.TASK_ASSIGNMENT_SUCCESS
            : StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW);
      } else if (unreachable) {
        out.put(u.assignmentId(), StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW);
      }
    }
    return out;
  }

  private static boolean regionsAgree(UnitLabels a, UnitLabels b, double iouThreshold) {
    if (!a.regions().keySet().equals(b.regions().keySet())) {
      return false;
    }
    for (Map.Entry<String, List<Box>> e : a.regions().entrySet()) {
      List<Box> mine = e.getValue();
      List<Box> theirs = b.regions().get(e.getKey());
      if (mine.size() != theirs.size() || matched(mine, theirs, iouThreshold) < mine.size()) {
        return false;
      }
    }
    return true;
  }

  /** Greedy one-to-one matching by descending IoU (ties by region order) above the threshold. */
  private static int matched(List<Box> a, List<Box> b, double threshold) {
    record Pair(int i, int j, double iou) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double iou = a.get(i).iou(b.get(j));
        if (iou >= threshold) {
          pairs.add(new Pair(i, j, iou));
        }
      }
    }
    pairs.sort(Comparator.comparingDouble(Pair::iou).reversed()
        .thenComparingInt(Pair::i).thenComparingInt(Pair::j));
    boolean[] usedA = new boolean[a.size()];
    boolean[] usedB = new boolean[b.size()];
    int count = 0;
    for (Pair p : pairs) {
      if (!usedA[p.i()] && !usedB[p.j()]) {
        usedA[p.i()] = true;
        usedB[p.j()] = true;
        count++;
      }
    }
    return count;
  }
}
