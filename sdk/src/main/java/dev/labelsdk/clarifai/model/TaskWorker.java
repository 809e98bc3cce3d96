package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who labels a task's inputs, and how the inputs are shared among them (spec §3.2, §8.1 to
 * §8.3). Immutable: every method returns a new value, so the factories chain.
 *
 * <pre>{@code
 * TaskWorker.full()                                     // no one assigned yet
 * TaskWorker.full("u1", "u2")                           // both label every input
 * TaskWorker.evenly("u1", "u2", "u3").workersPerInput(2) // each input to 2 of the 3
 * TaskWorker.partitioned().weight("u1", 90).weight("u2", 10)   // 90% / 10% of the inputs
 * TaskWorker.dynamic()                                  // anyone takes batches as they go
 * }</pre>
 *
 * <p>Arguments that are wrong on their own (a negative weight, {@code workersPerInput(0)})
 * fail at once; combinations that can never work (a worker whose share exceeds
 * {@code 1/workersPerInput}, more workers per input than workers) are reported by
 * {@link Task#problems()} and rejected before a task is sent.
 */
public final class TaskWorker {

  private static final Set<String> KNOWN = Set.of("strategy", "user_ids", "users", "workers",
      "partitioned_strategy_info", "type");
  private static final Set<String> KNOWN_INFO = Set.of("type", "workers_per_input", "weights");
  /** Shares may exceed 1/k by rounding error only (the server allows the same). */
  private static final double SHARE_TOLERANCE = 1e-9;

  private final WorkerStrategy strategy;
  private final List<String> userIds;
  private final boolean hasPartitionedInfo;
  private final PartitionedStrategy partitionedStrategy;
  private final int workersPerInput;
  private final Map<String, Double> weights;
  private final WorkerType workerType;
  private final Map<String, JsonNode> infoExtras;
  private final Map<String, JsonNode> additionalProperties;

  private TaskWorker(WorkerStrategy strategy, List<String> userIds, boolean hasPartitionedInfo,
      PartitionedStrategy partitionedStrategy, int workersPerInput, Map<String, Double> weights,
      WorkerType workerType, Map<String, JsonNode> infoExtras,
      Map<String, JsonNode> additionalProperties) {
    this.strategy = strategy;
    this.userIds = userIds;
    this.hasPartitionedInfo = hasPartitionedInfo;
    this.partitionedStrategy = partitionedStrategy;
    this.workersPerInput = workersPerInput;
    this.weights = weights;
    this.workerType = workerType;
    this.infoExtras = infoExtras;
    this.additionalProperties = additionalProperties;
  }

  private static TaskWorker of(WorkerStrategy strategy, String[] userIds, boolean info,
      PartitionedStrategy type, int workersPerInput) {
    return new TaskWorker(strategy, users(userIds), info, type, workersPerInput, Map.of(),
        WorkerType.WORKER_TYPE_NOT_SET, Map.of(), Map.of());
  }

  /**
   * {@link WorkerStrategy#FULL}: every worker labels every input. Without workers the task is
   * created unassigned.
   */
  public static TaskWorker full(String... userIds) {
    return of(WorkerStrategy.FULL, userIds, false,
        PartitionedStrategy.PARTITIONED_WORKER_STRATEGY_NOT_SET, 0);
  }

  /**
   * {@link WorkerStrategy#PARTITIONED} by weight: add the workers with {@link #weight}. Weights
   * are relative ({@code 9:1} is {@code 90:10}); each input goes to
   * {@link #workersPerInput} of them (default 1).
   */
  public static TaskWorker partitioned() {
    return of(WorkerStrategy.PARTITIONED, new String[0], true, PartitionedStrategy.WEIGHTED, 1);
  }

  /** {@link WorkerStrategy#PARTITIONED} in equal shares; {@link #workersPerInput} default 1. */
  public static TaskWorker evenly(String... userIds) {
    return of(WorkerStrategy.PARTITIONED, userIds, true, PartitionedStrategy.EVENLY, 1);
  }

  /**
   * {@link WorkerStrategy#DYNAMIC}: workers get batches of inputs as they start labeling. With
   * no workers, every user of the app may label.
   */
  public static TaskWorker dynamic(String... userIds) {
    return of(WorkerStrategy.DYNAMIC, userIds, false,
        PartitionedStrategy.PARTITIONED_WORKER_STRATEGY_NOT_SET, 0);
  }

  /**
   * Parses a TaskWorker. The workers are {@code user_ids}, then {@code users[].id}, then
   * {@code workers[].user.id} (every form the API has used), without duplicates.
   */
  public static TaskWorker fromJson(JsonNode json) {
    Wire w = Wire.of(json, "worker");
    Set<String> users = new LinkedHashSet<>(w.strings("user_ids"));
    users.addAll(w.list("users", u -> Wire.of(u, "worker.users[]").string("id")));
    users.addAll(w.list("workers", TaskWorker::userOfWorker));
    users.remove("");
    Wire info = w.wire("partitioned_strategy_info");
    Map<String, Double> weights = new LinkedHashMap<>();
    if (info != null) {
      ObjectNode weightNode = info.object("weights");
      if (weightNode != null) {
        for (Map.Entry<String, JsonNode> e : weightNode.properties()) {
          if (!e.getValue().isNumber()) {
            throw new IllegalArgumentException("worker.partitioned_strategy_info.weights: the"
                + " weight of \"" + e.getKey() + "\" must be a number but was "
                + Wire.describe(e.getValue()));
          }
          weights.put(e.getKey(), e.getValue().doubleValue());
        }
      }
    }
    return new TaskWorker(w.enumValue("strategy", WorkerStrategy.VALUES),
        List.copyOf(users), info != null,
        info == null ? PartitionedStrategy.PARTITIONED_WORKER_STRATEGY_NOT_SET
            : info.enumValue("type", PartitionedStrategy.VALUES),
        info == null ? 0 : info.int32("workers_per_input"),
        Collections.unmodifiableMap(weights), w.enumValue("type", WorkerType.VALUES),
        info == null ? Map.of() : info.extras(KNOWN_INFO), w.extras(KNOWN));
  }

  private static String userOfWorker(JsonNode worker) {
    Wire user = Wire.of(worker, "worker.workers[]").wire("user");
    return user == null ? "" : user.string("id"); // model or workflow workers have no user
  }

  /**
   * Adds a worker with its weight, or changes the weight of one already added (weighted
   * {@link #partitioned()} workers only).
   *
   * @throws IllegalArgumentException if the user id is blank or the weight is negative or not
   *     finite
   * @throws IllegalStateException for other strategies
   */
  public TaskWorker weight(String userId, Number weight) {
    if (!isPartitioned() || !partitionedStrategy.equals(PartitionedStrategy.WEIGHTED)) {
      throw new IllegalStateException("weights apply to TaskWorker.partitioned() only; this"
          + " worker setting is " + describe());
    }
    String user = requireUser(userId);
    Objects.requireNonNull(weight, "weight");
    double value = weight.doubleValue();
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException("the weight of \"" + user
          + "\" must be a finite number >= 0 but was " + weight);
    }
    List<String> users = new ArrayList<>(userIds);
    if (!users.contains(user)) {
      users.add(user);
    }
    Map<String, Double> newWeights = new LinkedHashMap<>(weights);
    newWeights.put(user, value);
    return new TaskWorker(strategy, List.copyOf(users), true, partitionedStrategy,
        workersPerInput, Collections.unmodifiableMap(newWeights), workerType, infoExtras,
        additionalProperties);
  }

  /** Adds several workers with their weights; see {@link #weight(String, Number)}. */
  public TaskWorker weights(Map<String, ? extends Number> userWeights) {
    TaskWorker out = this;
    for (Map.Entry<String, ? extends Number> e : userWeights.entrySet()) {
      out = out.weight(e.getKey(), e.getValue());
    }
    return out;
  }

  /**
   * How many different workers label each input (partitioned and dynamic workers).
   *
   * @throws IllegalArgumentException if below 1
   * @throws IllegalStateException for {@link #full} workers, who all label every input
   */
  public TaskWorker workersPerInput(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("workersPerInput must be >= 1 but was " + count);
    }
    if (!isPartitioned() && !strategy.equals(WorkerStrategy.DYNAMIC)) {
      throw new IllegalStateException("workersPerInput applies to partitioned and dynamic"
          + " workers; this worker setting is " + describe());
    }
    return new TaskWorker(strategy, userIds, true, partitionedStrategy, count, weights,
        workerType, infoExtras, additionalProperties);
  }

  /** Whether the workers are people or automation (not sent unless set). */
  public TaskWorker workerType(WorkerType type) {
    return new TaskWorker(strategy, userIds, hasPartitionedInfo, partitionedStrategy,
        workersPerInput, weights, Objects.requireNonNull(type, "type"), infoExtras,
        additionalProperties);
  }

  /** The strategy. */
  public WorkerStrategy strategy() {
    return strategy;
  }

  /** The workers' user ids, in order (which breaks ties when inputs are shared out). */
  public List<String> userIds() {
    return userIds;
  }

  /** EVENLY or WEIGHTED for partitioned workers; NOT_SET when the server sent no info. */
  public PartitionedStrategy partitionedStrategy() {
    return partitionedStrategy;
  }

  /** Workers per input as set; 0 when not set, which the server reads as 1. */
  public int workersPerInput() {
    return workersPerInput;
  }

  /** The weights of weighted partitioned workers, by user id, in order. */
  public Map<String, Double> weights() {
    return weights;
  }

  /** Whether people or automation label ({@code WORKER_TYPE_NOT_SET} unless set). */
  public WorkerType workerType() {
    return workerType;
  }

  /** Keys this SDK does not model, as sent (copies). */
  public Map<String, JsonNode> additionalProperties() {
    return Out.copy(additionalProperties);
  }

  private boolean isPartitioned() {
    return strategy.equals(WorkerStrategy.PARTITIONED);
  }

  /**
   * How many workers label each input (spec §7.2 "required submissions"): every worker under
   * FULL, {@code workersPerInput} (0 read as 1) otherwise.
   */
  int labelersPerInput() {
    boolean full = strategy.equals(WorkerStrategy.FULL)
        || strategy.equals(WorkerStrategy.WORKER_STRATEGY_NOT_SET);
    return full ? userIds.size() : Math.max(1, workersPerInput);
  }

  /** What can never work (spec §7.1); empty when the setting is sound. */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    if (!isPartitioned()) {
      return out;
    }
    int perInput = Math.max(1, workersPerInput);
    if (userIds.isEmpty()) {
      out.add("partitioned workers need at least one worker (add them with weight(...) or"
          + " evenly(...))");
      return out;
    }
    if (perInput > userIds.size()) {
      out.add("workersPerInput is " + perInput + " but there are only " + userIds.size()
          + " workers: each input needs " + perInput + " different workers");
    }
    if (partitionedStrategy.equals(PartitionedStrategy.WEIGHTED)) {
      weightProblems(perInput, out);
    }
    return out;
  }

  private void weightProblems(int perInput, List<String> out) {
    for (String user : weights.keySet()) {
      if (!userIds.contains(user)) {
        out.add("a weight is given for \"" + user + "\", who is not one of the workers "
            + userIds);
      }
    }
    double sum = 0;
    for (String user : userIds) {
      Double w = weights.get(user);
      if (w == null) {
        out.add("worker \"" + user + "\" has no weight");
      } else if (!Double.isFinite(w) || w < 0) {
        out.add("the weight of \"" + user + "\" must be a finite number >= 0 but was " + w);
      } else {
        sum += w;
      }
    }
    if (!out.isEmpty()) {
      return;
    }
    if (sum <= 0) {
      out.add("the weights add up to 0: give at least one worker a positive weight");
      return;
    }
    double maxShare = 1.0 / perInput;
    for (String user : userIds) {
      double share = weights.get(user) / sum;
      if (share > maxShare + SHARE_TOLERANCE) {
        out.add(String.format(Locale.ROOT, "worker \"%s\" would get %.1f%% of the"
            + " labeling slots (weight %s of %s), but with workersPerInput %d no worker can take"
            + " more than %.1f%% (each input needs %d different workers): lower the weight or"
            + " workersPerInput", user, share * 100, number(weights.get(user)), number(sum),
            perInput, maxShare * 100, perInput));
      }
    }
  }

  private static String number(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }

  /** The worker setting as the API reads it, naming the users in {@code form}. */
  public ObjectNode toJson(UserListForm form) {
    ObjectNode o = JsonSupport.newObject();
    Out.enumName(o, "strategy", strategy);
    if (!userIds.isEmpty()) {
      if (form == UserListForm.WORKERS) {
        ArrayNode workers = o.putArray("workers");
        userIds.forEach(u -> workers.addObject().putObject("user").put("id", u));
      } else {
        Out.strings(o, "user_ids", userIds);
      }
    }
    if (hasPartitionedInfo) {
      ObjectNode info = o.putObject("partitioned_strategy_info");
      if (isPartitioned()) {
        Out.enumName(info, "type", partitionedStrategy);
      }
      Out.number(info, "workers_per_input", workersPerInput);
      if (!weights.isEmpty()) {
        ObjectNode w = info.putObject("weights");
        weights.forEach(w::put); // doubles: 90.0, as the official clients send Struct numbers
      }
      Out.extras(info, infoExtras);
    }
    Out.enumName(o, "type", workerType);
    Out.extras(o, additionalProperties);
    return o;
  }

  private String describe() {
    return strategy + (isPartitioned() ? " " + partitionedStrategy : "");
  }

  private static List<String> users(String[] ids) {
    Set<String> out = new LinkedHashSet<>();
    for (String id : ids) {
      out.add(requireUser(id));
    }
    return List.copyOf(out);
  }

  private static String requireUser(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("a user id must not be blank");
    }
    return id;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TaskWorker other
        && toJson(UserListForm.USER_IDS).equals(other.toJson(UserListForm.USER_IDS));
  }

  @Override
  public int hashCode() {
    return Objects.hash(strategy, userIds, weights, workersPerInput);
  }

  @Override
  public String toString() {
    return "TaskWorker" + toJson(UserListForm.USER_IDS);
  }
}
