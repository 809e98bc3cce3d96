package dev.labelsdk.mock.refonte;

import dev.labelsdk.mock.common.DescendingMerge;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * One tenant's tasks and the indexes that keep a list page O(page) rather than O(store).
 *
 * <p>Every task is filed in one <em>bucket</em> per combination of the filterable dimensions
 * (project, batch, type, status, review status). A list merges the newest-first iterators of
 * the buckets its filter can match; since the number of buckets is small, a page costs about
 * the same with a thousand tasks as with a million, and when only those dimensions are
 * filtered the total is the sum of bucket sizes. Tag and unique_id filters use their own
 * indexes; time filters on {@code created_at} become sequence bounds, because creation times
 * grow with the creation sequence.
 *
 * <p>Not thread-safe: used under the tenant's lock.
 */
final class TaskIndex {

  /** The tasks sharing one value of every bucket dimension, by creation sequence. */
  static final class Bucket {
    final Key key;
    final TreeMap<Long, Task> tasks;

    Bucket(Key key) {
      this(key, new TreeMap<>());
    }

    Bucket(Key key, TreeMap<Long, Task> tasks) {
      this.key = key;
      this.tasks = tasks;
    }
  }

  record Key(String project, String batch, String type, TaskStatus status, ReviewStatus review) {
    static Key of(Task t) {
      return new Key(t.project, t.batch, t.type, t.status, t.reviewStatus);
    }
  }

  /** One page of a query: the docs, the full filtered count, and whether more follow. */
  record Result(List<Task> docs, long total, boolean hasMore) {}

  private final Map<String, Task> byId = new HashMap<>();
  private final Map<Key, Bucket> buckets = new HashMap<>();
  private final Map<String, TreeMap<Long, Task>> byTag = new HashMap<>();
  private final Map<String, Task> byUniqueId = new HashMap<>();
  // Creation sequences and times in creation order, for turning time bounds into seq bounds.
  private long[] seqsInOrder = new long[64];
  private long[] createdInOrder = new long[64];
  private int size;

  int size() {
    return size;
  }

  Task get(String id) {
    return byId.get(id);
  }

  /** The task holding {@code uniqueId}, or null. */
  Task holderOf(String uniqueId) {
    return byUniqueId.get(uniqueId);
  }

  void add(Task t) {
    if (size > 0 && (t.seq <= seqsInOrder[size - 1] || t.createdAt < createdInOrder[size - 1])) {
      throw new IllegalStateException("tasks must be added in creation order");
    }
    if (size == seqsInOrder.length) {
      seqsInOrder = Arrays.copyOf(seqsInOrder, size * 2);
      createdInOrder = Arrays.copyOf(createdInOrder, size * 2);
    }
    seqsInOrder[size] = t.seq;
    createdInOrder[size] = t.createdAt;
    size++;
    byId.put(t.id, t);
    file(t);
  }

  /**
   * Adds tasks given in creation order to this empty index (a restore): each bucket and tag set
   * is built in one linear pass from its sorted run, not by one ordered insert per task.
   */
  void addAll(List<Task> inOrder) {
    if (size > 0) {
      throw new IllegalStateException("addAll fills an empty index");
    }
    seqsInOrder = new long[Math.max(64, inOrder.size())];
    createdInOrder = new long[seqsInOrder.length];
    Map<Key, List<Task>> bucketRuns = new HashMap<>();
    Map<String, List<Task>> tagRuns = new HashMap<>();
    for (Task t : inOrder) {
      if (size > 0 && (t.seq <= seqsInOrder[size - 1] || t.createdAt < createdInOrder[size - 1])) {
        throw new IllegalStateException("tasks must be added in creation order");
      }
      seqsInOrder[size] = t.seq;
      createdInOrder[size] = t.createdAt;
      size++;
      byId.put(t.id, t);
      bucketRuns.computeIfAbsent(Key.of(t), k -> new ArrayList<>()).add(t);
      if (t.tags != null) {
        for (String tag : t.tags) {
          List<Task> run = tagRuns.computeIfAbsent(tag, k -> new ArrayList<>());
          if (run.isEmpty() || run.get(run.size() - 1) != t) { // a tag given twice is filed once
            run.add(t);
          }
        }
      }
      if (t.uniqueId != null && byUniqueId.putIfAbsent(t.uniqueId, t) != null) {
        throw new IllegalStateException("unique_id " + t.uniqueId + " is held twice");
      }
    }
    bucketRuns.forEach((key, run) -> {
      Bucket bucket = new Bucket(key, new TreeMap<>(new SortedRun(run)));
      buckets.put(key, bucket);
      run.forEach(t -> t.bucket = bucket);
    });
    tagRuns.forEach((tag, run) -> byTag.put(tag, new TreeMap<>(new SortedRun(run))));
  }

  /**
   * Tasks in creation order seen as a map by sequence number: only what TreeMap's linear-time
   * copy constructor reads (its size, its comparator and its entries in order).
   */
  private static final class SortedRun extends AbstractMap<Long, Task> implements SortedMap<Long, Task> {
    private final List<Task> run;

    SortedRun(List<Task> run) {
      this.run = run;
    }

    @Override
    public Set<Map.Entry<Long, Task>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<Long, Task>> iterator() {
          Iterator<Task> tasks = run.iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return tasks.hasNext();
            }

            @Override
            public Map.Entry<Long, Task> next() {
              Task t = tasks.next();
              return new AbstractMap.SimpleImmutableEntry<>(t.seq, t);
            }
          };
        }

        @Override
        public int size() {
          return run.size();
        }
      };
    }

    @Override
    public Comparator<? super Long> comparator() {
      return null; // natural order, as the index's own maps
    }

    @Override
    public SortedMap<Long, Task> subMap(Long fromKey, Long toKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedMap<Long, Task> headMap(Long toKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public SortedMap<Long, Task> tailMap(Long fromKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Long firstKey() {
      return run.get(0).seq;
    }

    @Override
    public Long lastKey() {
      return run.get(run.size() - 1).seq;
    }
  }

  /** Changes a task and refiles it, so every index reflects the change. */
  void update(Task t, Consumer<Task> change) {
    unfile(t);
    try {
      change.accept(t);
    } finally {
      file(t);
    }
  }

  Iterable<Task> all() {
    return Collections.unmodifiableCollection(byId.values());
  }

  /** Per-status counts of one batch's tasks, from bucket sizes. */
  Map<TaskStatus, Long> countByStatus(String batch) {
    Map<TaskStatus, Long> counts = new HashMap<>();
    for (Bucket b : buckets.values()) {
      if (Objects.equals(b.key.batch(), batch)) {
        counts.merge(b.key.status(), (long) b.tasks.size(), Long::sum);
      }
    }
    return counts;
  }

  /**
   * The matching tasks, newest first, that rank after {@code afterSeq} (exclusive; use
   * {@link Long#MAX_VALUE} for the first page), skipping {@code skip} of them, at most
   * {@code limit}.
   */
  Result query(TaskFilter filter, long afterSeq, long skip, int limit) {
    long low = filter.startTime() == null ? Long.MIN_VALUE : firstSeqCreatedAtOrAfter(filter.startTime());
    long high = filter.endTime() == null ? Long.MAX_VALUE : lastSeqCreatedAtOrBefore(filter.endTime());
    List<Task> docs = new ArrayList<>(Math.min(limit, 128));
    Iterator<Task> page = candidates(filter, low, Math.min(high, afterSeq - 1));
    long skipped = 0;
    boolean hasMore = false;
    while (page.hasNext()) {
      Task t = page.next();
      if (!filter.matches(t)) {
        continue;
      }
      if (skipped < skip) {
        skipped++;
      } else if (docs.size() < limit) {
        docs.add(t);
      } else {
        hasMore = true;
        break;
      }
    }
    return new Result(docs, total(filter, low, high), hasMore);
  }

  private long total(TaskFilter filter, long low, long high) {
    if (filter.onlyBucketDimensions()) {
      long total = 0;
      for (Bucket b : buckets.values()) {
        if (matches(filter, b)) {
          total += b.tasks.size();
        }
      }
      return total;
    }
    long total = 0;
    Iterator<Task> all = candidates(filter, low, high);
    while (all.hasNext()) {
      if (filter.matches(all.next())) {
        total++;
      }
    }
    return total;
  }

  /**
   * Newest-first tasks with a sequence number in [low, high] that may match: from the unique_id index, the
   * tag index or the buckets, whichever is smallest. Callers still apply the full filter.
   */
  private Iterator<Task> candidates(TaskFilter filter, long low, long high) {
    if (low > high) {
      return Collections.emptyIterator();
    }
    if (!filter.uniqueIds().isEmpty()) {
      TreeMap<Long, Task> holders = new TreeMap<>();
      for (String uid : filter.uniqueIds()) {
        Task holder = byUniqueId.get(uid);
        if (holder != null && holder.seq >= low && holder.seq <= high) {
          holders.put(holder.seq, holder);
        }
      }
      return holders.descendingMap().values().iterator();
    }
    List<NavigableMap<Long, Task>> bucketSets = new ArrayList<>();
    long bucketTotal = 0;
    for (Bucket b : buckets.values()) {
      if (matches(filter, b)) {
        bucketSets.add(b.tasks);
        bucketTotal += b.tasks.size();
      }
    }
    if (!filter.tags().isEmpty()) {
      List<NavigableMap<Long, Task>> tagSets = new ArrayList<>();
      long tagTotal = 0;
      for (String tag : filter.tags()) {
        TreeMap<Long, Task> set = byTag.get(tag);
        if (set != null) {
          tagSets.add(set);
          tagTotal += set.size();
        }
      }
      if (tagTotal < bucketTotal) {
        return merge(tagSets, low, high);
      }
    }
    return merge(bucketSets, low, high);
  }

  /** The maps' tasks with a sequence number in [low, high], newest first, each once. */
  private static Iterator<Task> merge(List<NavigableMap<Long, Task>> maps, long low, long high) {
    List<NavigableMap<Long, Task>> ranges = new ArrayList<>(maps.size());
    for (NavigableMap<Long, Task> map : maps) {
      ranges.add(map.subMap(low, true, high, true));
    }
    return new DescendingMerge<>(ranges);
  }

  private static boolean matches(TaskFilter filter, Bucket b) {
    Key k = b.key;
    return filter.matchesBucket(k.project(), k.batch(), k.type(), k.status(), k.review());
  }

  private void file(Task t) {
    Key key = Key.of(t);
    Bucket bucket = buckets.computeIfAbsent(key, Bucket::new);
    bucket.tasks.put(t.seq, t);
    t.bucket = bucket;
    if (t.tags != null) {
      for (String tag : t.tags) {
        byTag.computeIfAbsent(tag, k -> new TreeMap<>()).put(t.seq, t);
      }
    }
    if (t.uniqueId != null) {
      Task previous = byUniqueId.putIfAbsent(t.uniqueId, t);
      if (previous != null && previous != t) {
        throw new IllegalStateException("unique_id " + t.uniqueId + " is held twice");
      }
    }
  }

  private void unfile(Task t) {
    t.bucket.tasks.remove(t.seq);
    if (t.bucket.tasks.isEmpty()) {
      buckets.remove(t.bucket.key);
    }
    if (t.tags != null) {
      for (String tag : t.tags) {
        TreeMap<Long, Task> set = byTag.get(tag);
        set.remove(t.seq);
        if (set.isEmpty()) {
          byTag.remove(tag);
        }
      }
    }
    if (t.uniqueId != null) {
      byUniqueId.remove(t.uniqueId, t);
    }
  }

  /** The first sequence number created at or after {@code millis}, or MAX_VALUE if none. */
  private long firstSeqCreatedAtOrAfter(long millis) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (createdInOrder[mid] < millis) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < size ? seqsInOrder[lo] : Long.MAX_VALUE;
  }

  /** The last sequence number created at or before {@code millis}, or MIN_VALUE if none. */
  private long lastSeqCreatedAtOrBefore(long millis) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (createdInOrder[mid] <= millis) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 ? seqsInOrder[lo - 1] : Long.MIN_VALUE;
  }
}
