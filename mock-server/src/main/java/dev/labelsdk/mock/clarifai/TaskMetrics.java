package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * TaskMetrics as the mock defines them (spec §7.2), computed at request time. The
 * per-reviewer lists are indexed like the task's reviewer list.
 */
public record TaskMetrics(long inputSourceCount, long workCount, int workPercent,
    long reviewCount, int reviewPercent, List<Long> reviewCountPerReviewer,
    List<Long> reviewableCountPerReviewer, List<Integer> reviewPercentPerReviewer) {

  /** The metrics of {@code task} given all of its assignments. */
  static TaskMetrics of(Task task, List<Assignment> assignments) {
    Map<String, List<Assignment>> byInput = new HashMap<>();
    assignments.forEach(a -> byInput.computeIfAbsent(a.inputId(), i -> new ArrayList<>()).add(a));
    long source = task.inputIds().size();
    long work = 0;
    long reviewed = 0;
    Set<String> awaitingReview = new HashSet<>();
    for (String input : task.inputIds()) {
      List<Assignment> units = byInput.getOrDefault(input, List.of());
      if (units.stream().anyMatch(a -> a.status() == StatusCode.TASK_ASSIGNMENT_AWAITING_REVIEW)) {
        awaitingReview.add(input);
      }
      int required = requiredSubmissions(task, units);
      List<Assignment> submitted = units.stream().filter(Assignment::isSubmitted).toList();
      if (required == 0 || submitted.size() < required) {
        continue;
      }
      work++;
      if (submitted.stream().allMatch(Assignment::isTerminal)) {
        reviewed++;
      }
    }
    List<Long> decided = new ArrayList<>();
    List<Long> reviewable = new ArrayList<>();
    List<Integer> percent = new ArrayList<>();
    for (String reviewer : task.reviewers()) {
      long count = assignments.stream().filter(a -> a.deciders().contains(reviewer))
          .map(Assignment::inputId).distinct().count();
      decided.add(count);
      reviewable.add((long) awaitingReview.size());
      percent.add(percent(count, count + awaitingReview.size()));
    }
    return new TaskMetrics(source, work, percent(work, source), reviewed, percent(reviewed, source),
        decided, reviewable, percent);
  }

  /**
   * An input's required submissions: its assignment count (FULL, PARTITIONED) or
   * {@code workers_per_input} (DYNAMIC), spec §7.2.
   */
  static int requiredSubmissions(Task task, List<Assignment> unitsOfInput) {
    return task.strategy() == WorkerStrategy.DYNAMIC ? task.workersPerInput() : unitsOfInput.size();
  }

  private static int percent(long part, long whole) {
    return whole == 0 ? 0 : (int) (100 * part / whole);
  }
}
