package dev.labelsdk.mock.clarifai;

import dev.labelsdk.mock.common.DescendingMerge;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One app's tasks, by id and in creation order, with indexes on the worker and reviewer
 * lists, so that a ListTasks page filtered by worker (the common case: "my tasks") costs about
 * the page, not the number of tasks in the app. Not thread-safe: used under the engine lock.
 */
final class TaskStore {

  private final Map<String, Long> seqById = new HashMap<>();
  private final TreeMap<Long, Task> bySeq = new TreeMap<>();
  private final Map<String, TreeMap<Long, Task>> byWorker = new HashMap<>();
  private final Map<String, TreeMap<Long, Task>> byReviewer = new HashMap<>();
  private long nextSeq;

  Task get(String id) {
    Long seq = seqById.get(id);
    return seq == null ? null : bySeq.get(seq);
  }

  boolean containsKey(String id) {
    return seqById.containsKey(id);
  }

  int size() {
    return seqById.size();
  }

  boolean isEmpty() {
    return seqById.isEmpty();
  }

  /** Adds a task, or replaces the one with its id (which keeps its place in the order). */
  void put(String id, Task task) {
    Long seq = seqById.get(id);
    if (seq == null) {
      seq = nextSeq++;
      seqById.put(id, seq);
    } else {
      unindex(seq, bySeq.get(seq));
    }
    bySeq.put(seq, task);
    index(byWorker, task.workers(), seq, task);
    index(byReviewer, task.reviewers(), seq, task);
  }

  void remove(String id) {
    Long seq = seqById.remove(id);
    if (seq != null) {
      unindex(seq, bySeq.remove(seq));
    }
  }

  /** Every task, oldest first. */
  Collection<Task> values() {
    return Collections.unmodifiableCollection(bySeq.values());
  }

  /**
   * Newest-first tasks that may match a query: only those of the given tasks, workers or
   * reviewers when the query names any (in that order of preference), else all. Callers still
   * apply the whole query.
   */
  Iterator<Task> candidates(List<String> ids, List<String> workers, List<String> reviewers) {
    if (!ids.isEmpty()) {
      TreeMap<Long, Task> named = new TreeMap<>();
      for (String id : ids) {
        Long seq = seqById.get(id);
        if (seq != null) {
          named.put(seq, bySeq.get(seq));
        }
      }
      return named.descendingMap().values().iterator();
    }
    if (!workers.isEmpty()) {
      return merge(byWorker, workers);
    }
    if (!reviewers.isEmpty()) {
      return merge(byReviewer, reviewers);
    }
    return bySeq.descendingMap().values().iterator();
  }

  private static Iterator<Task> merge(Map<String, TreeMap<Long, Task>> index, List<String> users) {
    List<NavigableMap<Long, Task>> maps = new ArrayList<>();
    for (String user : users) {
      TreeMap<Long, Task> of = index.get(user);
      if (of != null) {
        maps.add(of);
      }
    }
    return new DescendingMerge<>(maps);
  }

  private void unindex(long seq, Task task) {
    unindex(byWorker, task.workers(), seq);
    unindex(byReviewer, task.reviewers(), seq);
  }

  private static void index(Map<String, TreeMap<Long, Task>> index, List<String> users, long seq,
      Task task) {
    for (String user : users) {
      index.computeIfAbsent(user, u -> new TreeMap<>()).put(seq, task);
    }
  }

  private static void unindex(Map<String, TreeMap<Long, Task>> index, List<String> users, long seq) {
    for (String user : users) {
      TreeMap<Long, Task> of = index.get(user);
      if (of != null) {
        of.remove(seq);
        if (of.isEmpty()) {
          index.remove(user);
        }
      }
    }
  }
}
