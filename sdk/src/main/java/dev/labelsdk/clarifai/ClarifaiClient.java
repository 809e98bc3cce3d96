package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.UserListForm;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Connections;
import dev.labelsdk.core.ClientBuilder;
import dev.labelsdk.core.Endpoints;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;

/**
 * A client for the Clarifai v2 Tasks API and the resources labeling needs (inputs, datasets,
 * concepts, annotations, saved searches). Thread-safe: build one per key and app and share it.
 * Close it when done to release its connections and threads.
 *
 * <pre>{@code
 * try (ClarifaiClient client = ClarifaiClient.builder()
 *     .pat(System.getenv("CLARIFAI_PAT")).userId("me").appId("my-app").build()) {
 *   Task task = client.tasks().create(Task.builder()
 *       .name("Annotate water").concepts("water")
 *       .worker(TaskWorker.partitioned().weight("u1", 90).weight("u2", 10))
 *       .review(TaskReview.consensus(2).reviewers("u3"))
 *       .build());
 *   for (Task t : client.tasks().listAll(TaskQuery.all().workers("u1"))) {
 *     System.out.println(t.id() + " " + t.name());
 *   }
 * }
 * }</pre>
 *
 * <p>Requests use the long form {@code /v2/users/{user_id}/apps/{app_id}/...}. Failures throw
 * an unchecked {@link dev.labelsdk.core.ApiException} subclass, a {@link ClarifaiError} chosen
 * by the answer's {@code status.code}. Retried, up to {@link #DEFAULT_MAX_RETRIES} times with
 * backoff from 0.5 s doubling to 8 s (jittered) or the server's {@code Retry-After}: throttling
 * (11005, 11003) and 10030 always; HTTP 502/503/504 and connection failures unless the call
 * creates objects without client-set ids; other server errors only for idempotent calls (GET, PUT,
 * DELETE, PATCH overwrite, status changes, creates whose every object has a client id).
 */
public final class ClarifaiClient implements AutoCloseable {

  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://api.clarifai.com";
  /** Environment variable read when no key is given to the builder. */
  public static final String PAT_ENV = "CLARIFAI_PAT";
  /** The user whose app is addressed: {@code me}, the key's own user. */
  public static final String DEFAULT_USER_ID = "me";
  /** Retries after the first attempt, unless configured otherwise. */
  public static final int DEFAULT_MAX_RETRIES = ClientBuilder.DEFAULT_MAX_RETRIES;

  private final String baseUrl;
  private final String userId;
  private final String appId;
  private final Connections connections;
  private final ClarifaiService service;
  private final CallExecutor executor;
  private final UserListForm userListForm;
  private final TaskResource tasks;
  private final ClarifaiAsyncClient async;
  private final InputResource inputs;
  private final AnnotationResource annotations;
  private final DatasetResource datasets;
  private final ConceptResource concepts;
  private final SearchResource searches;

  private ClarifaiClient(String baseUrl, String userId, String appId, Connections connections,
      ClarifaiService service, CallExecutor executor, UserListForm userListForm) {
    this.baseUrl = baseUrl;
    this.userId = userId;
    this.appId = appId;
    this.connections = connections;
    this.service = service;
    this.executor = executor;
    this.userListForm = userListForm;
    TaskResourceImpl taskResource =
        new TaskResourceImpl(service, executor, userListForm, appId != null);
    this.tasks = taskResource;
    this.async = new ClarifaiAsyncClient(this, taskResource, service, executor);
    this.inputs = new InputResourceImpl(service, executor);
    this.annotations = new AnnotationResourceImpl(service, executor);
    this.datasets = new DatasetResourceImpl(service, executor);
    this.concepts = new ConceptResourceImpl(service, executor);
    this.searches = new SearchResourceImpl(service, executor);
  }

  /** A builder; a key is required (or the {@code CLARIFAI_PAT} variable). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The async twin of this client (tasks, inputs, annotations), returning
   * {@code CompletableFuture}s; waits between retries run on the builder's
   * {@link dev.labelsdk.core.Scheduler}.
   */
  public ClarifaiAsyncClient async() {
    return async;
  }

  /** Tasks, their counts and {@link TaskResource#assignments assignments}. */
  public TaskResource tasks() {
    return tasks;
  }

  /** Inputs (images, videos, texts to label). */
  public InputResource inputs() {
    return inputs;
  }

  /** Annotations (labels), including task work and the older review flow. */
  public AnnotationResource annotations() {
    return annotations;
  }

  /** Datasets and their inputs. */
  public DatasetResource datasets() {
    return datasets;
  }

  /** The app's concepts. */
  public ConceptResource concepts() {
    return concepts;
  }

  /** Saved searches (task input sources). */
  public SearchResource searches() {
    return searches;
  }

  /**
   * A view of this client whose calls use {@code options} (timeout, retries, extra headers)
   * over this client's settings. It shares the connections and is closed with this client;
   * closing the view itself does nothing.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key: the Clarifai
   *     API has none (give created objects your own ids instead)
   */
  public ClarifaiClient withOptions(RequestOptions options) {
    return new ClarifaiClient(baseUrl, userId, appId, connections.view(), service,
        applyOptions(executor, options), userListForm);
  }

  /**
   * {@code executor} with {@code options} over its own.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key
   */
  static CallExecutor applyOptions(CallExecutor executor, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    if (options.idempotencyKey().isPresent()) {
      throw new IllegalArgumentException("The Clarifai API has no idempotency keys; give the"
          + " objects you create your own ids so that a retry cannot duplicate them");
    }
    return executor.withOptions(options);
  }

  /** The API root in use, e.g. {@code https://api.clarifai.com/v2/users/me/apps/app1/}. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The user whose app is addressed ({@code me} by default). */
  public String userId() {
    return userId;
  }

  /** The app addressed; empty for an app key used without an app id (short paths). */
  public Optional<String> appId() {
    return Optional.ofNullable(appId);
  }

  /**
   * Releases the connections and threads of the HTTP client this client created (a client
   * passed to {@link Builder#httpClient} is left alone). Calls made afterwards throw
   * {@link IllegalStateException}. Idempotent.
   */
  @Override
  public void close() {
    connections.close();
  }

  @Override
  public String toString() {
    return "ClarifaiClient{baseUrl=" + baseUrl + '}';
  }

  /** Builds a {@link ClarifaiClient}. Not thread-safe; the client it builds is. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String pat;
    private String appKey;
    private String userId = DEFAULT_USER_ID;
    private String appId;
    private String baseUrl = DEFAULT_BASE_URL;
    private UserListForm userListForm = UserListForm.USER_IDS;
    private UnaryOperator<String> environment = System::getenv;

    private Builder() {}

    /**
     * A personal access token: it acts as its user, on any app the user may use, so
     * {@link #appId} is required. When no key is set, {@code CLARIFAI_PAT} is read.
     */
    public Builder pat(String token) {
      this.pat = token;
      return this;
    }

    /**
     * An app-specific API key: it implies its user and app. With {@link #appId} the long path
     * is used; without, the short {@code /v2/...} path (task assignments then cannot be
     * changed: that route exists only in the long form).
     */
    public Builder apiKey(String key) {
      this.appKey = key;
      return this;
    }

    /**
     * The user who owns the app; default {@value ClarifaiClient#DEFAULT_USER_ID} (the key's
     * own user). Workers and reviewers acting on someone else's app set the owner here.
     */
    public Builder userId(String value) {
      this.userId = value;
      return this;
    }

    /** The app to work in. */
    public Builder appId(String value) {
      this.appId = value;
      return this;
    }

    /**
     * The API's address, with or without {@code /v2}; default
     * {@value ClarifaiClient#DEFAULT_BASE_URL}. For the mock server: its
     * {@code clarifaiBaseUrl()}.
     */
    public Builder baseUrl(String url) {
      this.baseUrl = Objects.requireNonNull(url, "baseUrl");
      return this;
    }

    /**
     * How task requests name workers and reviewers; default {@link UserListForm#USER_IDS},
     * which every server version accepts.
     */
    public Builder userListForm(UserListForm form) {
      this.userListForm = Objects.requireNonNull(form, "form");
      return this;
    }

    /** Where {@code CLARIFAI_PAT} is looked up; tests replace the process environment. */
    Builder environment(UnaryOperator<String> value) {
      this.environment = Objects.requireNonNull(value);
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if no key was given and {@code CLARIFAI_PAT} is unset or
     *     blank, if both a PAT and an app key were given, or if a PAT has no app id
     * @throws IllegalArgumentException if the key, ids or base URL are malformed
     */
    public ClarifaiClient build() {
      if (pat != null && appKey != null) {
        throw new IllegalStateException("Give either pat(...) or apiKey(...), not both");
      }
      boolean isPat = appKey == null;
      String token = appKey != null ? appKey : pat != null ? pat : environment.apply(PAT_ENV);
      if (token == null || token.isBlank()) {
        throw new IllegalStateException("No Clarifai key: call ClarifaiClient.builder()"
            + ".pat(\"...\") (or .apiKey(\"...\") for an app-specific key) or set the "
            + PAT_ENV + " environment variable"
            + (pat != null || appKey != null ? " (the key given is blank)" : ""));
      }
      requireHeaderSafe(token, "Clarifai key");
      if (isPat && appId == null) {
        throw new IllegalStateException("A personal access token acts for a user, not an app:"
            + " set appId(\"...\") (and userId(\"...\") when the app is another user's)");
      }
      PathSegments.require(userId, "userId");
      if (appId != null) {
        PathSegments.require(appId, "appId");
      }
      HttpUrl root = apiBase(baseUrl, "/v2", DEFAULT_BASE_URL);
      HttpUrl base = appId == null ? root : root.newBuilder().addPathSegment("users")
          .addPathSegment(userId).addPathSegment("apps").addPathSegment(appId)
          .addPathSegment("").build();
      // Exactly "Key", one space, the token (spec §2.1): the API refuses other spellings.
      Endpoints endpoints = buildEndpoints(base, "Key " + token, "labelsdk-clarifai-java");
      Connections connections = Connections.of(endpoints.http(), ownsHttpClient());
      return new ClarifaiClient(base.toString(), userId, appId, connections,
          new ClarifaiService(endpoints),
          buildExecutor("ClarifaiClient", ClarifaiProtocol::new, connections.closedFlag()),
          userListForm);
    }
  }
}
