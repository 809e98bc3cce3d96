package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.common.TokenBuckets;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Clarifai v2 Tasks API as plain Java: users, apps, keys, tasks, inputs, datasets, saved
 * searches, concepts, annotations, assignments and review. It knows nothing about HTTP:
 * operations take decoded requests and a {@link Caller}, and return stored records or throw
 * {@link ClarifaiError} with the Clarifai status code of the failure.
 *
 * <p>Thread-safe: one lock guards all state (nothing calls out while holding it). A failed
 * operation changes nothing: operations check everything before they change anything.
 */
public final class ClarifaiEngine {

  /** What a plain reset returns to. */
  private final ClarifaiConfig initialConfig;
  private final MockClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final TokenBuckets rateLimiter = new TokenBuckets();
  private volatile ClarifaiConfig config;
  private State state = new State();
  private volatile IdGenerator ids;
  private volatile IdGenerator requestIds;

  private final ReviewFlow reviewFlow = new ReviewFlow(this);
  private final TaskOperations tasks = new TaskOperations(this);
  private final AssignmentOperations assignments = new AssignmentOperations(this);
  private final AnnotationOperations annotations = new AnnotationOperations(this);
  private final InputOperations inputs = new InputOperations(this);
  private final DatasetOperations datasets = new DatasetOperations(this);
  private final SearchOperations searches = new SearchOperations(this);
  private final ConceptOperations concepts = new ConceptOperations(this);
  private final CollaboratorOperations collaborators = new CollaboratorOperations(this);
  private final ControlOperations control = new ControlOperations(this);

  /** Everything a reset drops. */
  static final class State {
    final Directory directory = new Directory();
    final Map<AppRef, AppData> apps = new HashMap<>();
    long submissions;
  }

  /** An engine with {@code config} (which a plain reset restores) on {@code clock}. */
  public ClarifaiEngine(ClarifaiConfig config, MockClock clock) {
    this.initialConfig = Objects.requireNonNull(config);
    this.config = config;
    this.clock = Objects.requireNonNull(clock);
    seedIds(config.idSeed());
  }

  /** Tasks and their counts (spec §7). */
  public TaskOperations tasks() { return tasks; }
  /** PutTaskAssignments, ListNextTaskAssignments and PatchAnnotationsStatus. */
  public AssignmentOperations assignments() { return assignments; }
  /** Annotations, with implicit submission and old-flow review (spec §8.4, §8.7). */
  public AnnotationOperations annotations() { return annotations; }
  /** Inputs (spec §8.8). */
  public InputOperations inputs() { return inputs; }
  /** Datasets and dataset inputs. */
  public DatasetOperations datasets() { return datasets; }
  /** Saved searches (spec §7.7). */
  public SearchOperations searches() { return searches; }
  /** Concepts. */
  public ConceptOperations concepts() { return concepts; }
  /** App collaborators. */
  public CollaboratorOperations collaborators() { return collaborators; }
  /** What the control plane does: seed, state dump, reset. */
  public ControlOperations control() { return control; }

  /** The clock shared with the rest of the server. */
  public MockClock clock() {
    return clock;
  }

  /** The current configuration. */
  public ClarifaiConfig config() {
    return config;
  }

  /** Replaces the configuration; a new {@code id_seed} restarts the id sequences. */
  public void configure(ClarifaiConfig newConfig) {
    locked(() -> {
      if (!Objects.equals(newConfig.idSeed(), config.idSeed())) {
        seedIds(newConfig.idSeed());
      }
      config = newConfig;
      return null;
    });
  }

  /** Drops all state (and the rate buckets); {@code keepConfig} false restores the initial configuration. */
  public void reset(boolean keepConfig) {
    locked(() -> {
      if (!keepConfig) {
        config = initialConfig;
      }
      state = new State();
      seedIds(config.idSeed());
      rateLimiter.clear();
      return null;
    });
  }

  // ---- snapshots ----

  /** Writes all Clarifai state as one JSON object (see {@link ClarifaiSnapshot}). */
  public void writeSnapshot(JsonGenerator g) throws IOException {
    lock.lock();
    try {
      ClarifaiSnapshot.write(g, state, ids.drawn(), requestIds.drawn());
    } finally {
      lock.unlock();
    }
  }

  /**
   * Reads a snapshot now (an {@link IllegalArgumentException} if it is not one) and returns
   * what replaces all state with it, keeping the configuration, emptying the rate buckets and
   * moving the clock forward if it reads earlier than the snapshot's latest time.
   */
  public Runnable restoring(JsonNode snapshot) {
    ClarifaiSnapshot.Contents c = ClarifaiSnapshot.read(snapshot);
    return () -> locked(() -> {
      state = c.state();
      Long seed = config.idSeed();
      ids = IdGenerator.resume(seed, c.idDraws());
      requestIds = IdGenerator.resume(seed == null ? null : ~seed, c.requestIdDraws());
      rateLimiter.clear();
      clock.restore(0, c.latestTime());
      return null;
    });
  }

  // ---- per-request steps of spec §1.3 ----

  /** The rate limit of spec §9: 0 to go on, else the seconds until a token is free. */
  public long throttle(String authorization) {
    int perSecond = config.rateLimitPerSecond();
    return rateLimiter.tryTake(authorization, perSecond, perSecond, clock.millis());
  }

  /** Key lookup (11008 malformed, 11009 unknown in strict mode). */
  public KeyIdentity identify(String token) {
    return locked(() -> AccessResolver.identify(token, config, state.directory));
  }

  /** App scoping (spec §2.2, §2.3). */
  public Caller scope(KeyIdentity identity, List<AppNaming> namings) {
    return locked(() -> AccessResolver.scope(identity, namings, config, state.directory));
  }

  /** 11007 unless the key grants {@code scope}. */
  public void checkScope(KeyIdentity identity, String scope) {
    AccessResolver.checkScope(identity, scope);
  }

  /** A fresh 32-hex req_id (deterministic with {@code id_seed}). */
  public String newRequestId() {
    return requestIds.next();
  }

  // ---- shared by the operations classes ----

  <T> T locked(Supplier<T> body) {
    lock.lock();
    try {
      return body.get();
    } finally {
      lock.unlock();
    }
  }

  /** Runs {@code body} on the caller's app; an app nobody wrote to yet reads as empty. */
  <T> T read(Caller caller, Function<AppData, T> body) {
    return locked(() -> body.apply(appData(caller.app())));
  }

  /**
   * Runs {@code body} on the caller's app and keeps a new app (and its users) only if it
   * succeeded and stored something: a failed first request leaves no trace. (mock choice)
   * Users and apps named by a permissive request are created by its first successful write.
   */
  <T> T write(Caller caller, Function<AppData, T> body) {
    return locked(() -> {
      AppData data = appData(caller.app());
      T result = body.apply(data);
      if (state.apps.containsKey(caller.app()) || !data.isEmpty()) {
        state.apps.putIfAbsent(caller.app(), data);
        state.directory.addApp(caller.app());
        state.directory.addUser(caller.userId());
      }
      return result;
    });
  }

  /** The stored data of an app, or a new detached one. Caller holds the lock. */
  AppData appData(AppRef ref) {
    AppData data = state.apps.get(ref);
    return data != null ? data : new AppData(ref);
  }

  /** How units move through submission and review. */
  ReviewFlow reviewFlow() {
    return reviewFlow;
  }

  /** Caller holds the lock. */
  State state() {
    return state;
  }

  /** Caller holds the lock. */
  String newId() {
    return ids.next();
  }

  /** The next submission number (consensus orders submissions by it). Caller holds the lock. */
  long nextSubmission() {
    return ++state.submissions;
  }

  long now() {
    return clock.millis();
  }

  /** Restarts both id sequences: random ones, or the sequences of {@code seed}. */
  private void seedIds(Long seed) {
    ids = IdGenerator.create(seed);
    requestIds = IdGenerator.create(seed == null ? null : ~seed);
  }
}
