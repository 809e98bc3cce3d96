package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.io.IOException;
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
@ProtoMessage
@JsonDeserialize(builder = TaskWorker.Reader.class)
public final class TaskWorker {

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
   * A user named by id ({@code users[]}), or the user of a worker ({@code workers[].user}).
   * Filled field by field (see {@link Reader}).
   */
  static final class UserRef {
    @JsonProperty("id") private String id;
    @JsonProperty("user") private UserRef user;

    /** {@code worker.user.id}, or {@code ""}. */
    static String userId(UserRef worker) {
      return worker == null || worker.user == null || worker.user.id == null ? ""
          : worker.user.id;
    }
  }

  /**
   * Reads {@code users[]} ({@code [{"id": ...}]}) or, for the property {@code workers},
   * {@code workers[]} ({@code [{"user": {"id": ...}}]}) straight into the ids they name,
   * skipping entries without one. A worker named all three ways cost five Jackson decodes per
   * task (two lists, three beans); this is one (BENCHMARKS.md 3b). Values of any other shape go
   * to the deserializers Jackson would use for a {@code List<UserRef>}, so they fail as before.
   */
  static final class UserIds extends StdDeserializer<List<String>>
      implements ContextualDeserializer {
    private static final long serialVersionUID = 1L;
    private final boolean viaUser;
    private final transient JsonDeserializer<Object> list;
    private final transient JsonDeserializer<Object> ref;
    private final transient JsonDeserializer<Object> string;

    UserIds() {
      this(false, null, null, null);
    }

    private UserIds(boolean viaUser, JsonDeserializer<Object> list, JsonDeserializer<Object> ref,
        JsonDeserializer<Object> string) {
      super(List.class);
      this.viaUser = viaUser;
      this.list = list;
      this.ref = ref;
      this.string = string;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt,
        BeanProperty property) throws JsonMappingException {
      return new UserIds(property != null && property.getName().equals("workers"),
          ctxt.findContextualValueDeserializer(ctxt.getTypeFactory()
              .constructCollectionType(List.class, UserRef.class), property),
          ctxt.findContextualValueDeserializer(ctxt.constructType(UserRef.class), property),
          ctxt.findContextualValueDeserializer(ctxt.constructType(String.class), property));
    }

    @Override
    public List<String> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      List<String> ids = new ArrayList<>(2);
      if (!p.isExpectedStartArrayToken()) { // Jackson's answer, an error for every JSON type
        if (list.deserialize(p, ctxt) instanceof List<?> entries) {
          entries.forEach(entry -> add(ids, (UserRef) entry));
        }
        return ids;
      }
      for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
        try { // as Jackson's collections do: an entry's error names its index
          JsonToken token = p.currentToken();
          add(ids, token == JsonToken.START_OBJECT ? read(p, ctxt)
              : token == JsonToken.VALUE_NULL ? null : (UserRef) ref.deserialize(p, ctxt));
        } catch (Exception e) {
          throw JsonMappingException.wrapWithPath(e, ids, i);
        }
      }
      return ids;
    }

    private void add(List<String> ids, UserRef entry) {
      String id = viaUser ? UserRef.userId(entry) : entry == null ? null : entry.id;
      if (id != null) {
        ids.add(id);
      }
    }

    /** One object, as Jackson's bean deserializer reads a {@code UserRef}. */
    private UserRef read(JsonParser p, DeserializationContext ctxt) throws IOException {
      UserRef entry = new UserRef();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken token = p.nextToken();
        try { // as Jackson's beans do: a value's error names its key
          if (name.equals("id")) {
            entry.id = token == JsonToken.VALUE_STRING ? p.getText()
                : token == JsonToken.VALUE_NULL ? null : (String) string.deserialize(p, ctxt);
          } else if (name.equals("user")) {
            entry.user = token == JsonToken.START_OBJECT ? read(p, ctxt)
                : token == JsonToken.VALUE_NULL ? null : (UserRef) ref.deserialize(p, ctxt);
          } else {
            p.skipChildren();
          }
        } catch (JsonProcessingException | RuntimeException e) {
          throw JsonMappingException.wrapWithPath(e, entry, name);
        }
      }
      return entry;
    }
  }

  /** {@code partitioned_strategy_info}. */
  @ProtoMessage
  record Info(@JsonProperty("type") PartitionedStrategy type,
      @JsonProperty("workers_per_input") @JsonInclude(JsonInclude.Include.NON_DEFAULT)
          int workersPerInput,
      @JsonProperty("weights") Map<String, JsonNode> weights,
      @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extras) {}

  /**
   * Reads a TaskWorker. The workers are {@code user_ids}, then {@code users[].id}, then
   * {@code workers[].user.id} (every form the API has used), without duplicates. A Jackson
   * builder, like every model read on the hot path (see {@link Task}).
   */
  @JsonPOJOBuilder(buildMethodName = "worker")
  static final class Reader {
    @JsonProperty("strategy") private WorkerStrategy strategy;
    @JsonProperty("user_ids") private List<String> userIds;
    @JsonProperty("users") @JsonDeserialize(using = UserIds.class) private List<String> users;
    @JsonProperty("workers") @JsonDeserialize(using = UserIds.class) private List<String> workers;
    @JsonProperty("partitioned_strategy_info") private Info info;
    @JsonProperty("type") private WorkerType type;
    @JsonAnySetter private Map<String, JsonNode> additionalProperties;

    TaskWorker worker() {
      List<String> ids = users(userIds, users, workers);
      Map<String, Double> weights = new LinkedHashMap<>();
      if (info != null && info.weights() != null) {
        info.weights().forEach((user, weight) -> {
          if (!weight.isNumber()) {
            throw new IllegalArgumentException("worker.partitioned_strategy_info.weights: the"
                + " weight of \"" + user + "\" must be a number but was "
                + JsonSupport.describe(weight));
          }
          weights.put(user, weight.doubleValue());
        });
      }
      return new TaskWorker(
          Objects.requireNonNullElse(strategy, WorkerStrategy.WORKER_STRATEGY_NOT_SET),
          ids, info != null,
          info == null || info.type() == null
              ? PartitionedStrategy.PARTITIONED_WORKER_STRATEGY_NOT_SET : info.type(),
          info == null ? 0 : info.workersPerInput(), Collections.unmodifiableMap(weights),
          Objects.requireNonNullElse(type, WorkerType.WORKER_TYPE_NOT_SET),
          info == null ? Map.of() : Extras.adopt(info.extras()),
          Extras.adopt(additionalProperties));
    }
  }

  /**
   * The users named by {@code user_ids}, then {@code users[].id}, then {@code workers[].user.id}
   * (any may be null), once each, blanks left out; unmodifiable.
   */
  static List<String> users(List<String> userIds, List<String> users, List<String> workers) {
    List<String> ids = new ArrayList<>(size(userIds) + size(users) + size(workers));
    addUsers(ids, userIds);
    addUsers(ids, users);
    addUsers(ids, workers);
    return Collections.unmodifiableList(ids);
  }

  private static int size(List<String> ids) {
    return ids == null ? 0 : ids.size();
  }

  /** Adds each user once, blanks left out (the lists are short: a set would cost more). */
  private static void addUsers(List<String> ids, List<String> named) {
    for (int i = 0; i < size(named); i++) {
      String id = named.get(i);
      if (id != null && !id.isEmpty() && !ids.contains(id)) {
        ids.add(id);
      }
    }
  }

  /** Parses a TaskWorker (see {@link Reader}). */
  public static TaskWorker fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskWorker.class);
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
  @JsonProperty("strategy")
  public WorkerStrategy strategy() {
    return strategy;
  }

  /** The workers' user ids, in order (which breaks ties when inputs are shared out). */
  @JsonProperty("user_ids")
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
  @JsonProperty("type")
  public WorkerType workerType() {
    return workerType;
  }

  /** What is sent as {@code partitioned_strategy_info} (weights as doubles: 90.0). */
  @JsonProperty("partitioned_strategy_info")
  private Info info() {
    if (!hasPartitionedInfo) {
      return null;
    }
    Map<String, JsonNode> sent = new LinkedHashMap<>();
    weights.forEach((user, weight) -> sent.put(user, DoubleNode.valueOf(weight)));
    return new Info(isPartitioned() ? partitionedStrategy : null, workersPerInput, sent,
        infoExtras);
  }

  /** Keys this SDK does not model, as sent (copies). */
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
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
    return form.worker(JsonSupport.toJson(this));
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
    return o instanceof TaskWorker other && strategy.equals(other.strategy)
        && userIds.equals(other.userIds) && hasPartitionedInfo == other.hasPartitionedInfo
        && partitionedStrategy.equals(other.partitionedStrategy)
        && workersPerInput == other.workersPerInput && weights.equals(other.weights)
        && workerType.equals(other.workerType) && infoExtras.equals(other.infoExtras)
        && additionalProperties.equals(other.additionalProperties);
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
