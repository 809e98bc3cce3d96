package dev.labelsdk.refonte;

import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Connections;
import dev.labelsdk.core.ClientBuilder;
import dev.labelsdk.core.Endpoints;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.Credentials;
import okhttp3.HttpUrl;

/**
 * A client for the Refonte v1 task API. Thread-safe: build one per API key and share it.
 * Close it when done to release its connections and threads.
 *
 * <pre>{@code
 * try (RefonteClient client = RefonteClient.builder().apiKey("live_...").build()) {
 *   Task task = client.tasks().create(Categorization.builder()
 *       .attachment("https://example.com/car.jpg")
 *       .categories("big", "small")
 *       .uniqueId("car-42")
 *       .build());
 *   for (Task t : client.tasks().listAll(TaskListRequest.builder().project("cars").build())) {
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>Every method throws an unchecked {@link dev.labelsdk.core.ApiException} subclass on failure.
 */
public final class RefonteClient implements AutoCloseable {

  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://api.refonte.com/v1/";
  /** Environment variable read when no API key is given to the builder. */
  public static final String API_KEY_ENV = "REFONTE_API_KEY";
  /** Retries after the first attempt, unless configured otherwise. */
  public static final int DEFAULT_MAX_RETRIES = ClientBuilder.DEFAULT_MAX_RETRIES;

  private final String baseUrl;
  private final Connections connections;
  private final RefonteService service;
  private final CallExecutor executor;
  private final TaskResource tasks;
  private final BatchResource batches;
  private final ProjectResource projects;
  private final FileResource files;
  private final TeamResource teams;
  private final RefonteAsyncClient async;

  private RefonteClient(String baseUrl, Connections connections, RefonteService service,
      CallExecutor executor) {
    this.baseUrl = baseUrl;
    this.connections = connections;
    this.service = service;
    this.executor = executor;
    this.tasks = new TaskResourceImpl(service, executor);
    this.batches = new BatchResourceImpl(service, executor);
    this.projects = new ProjectResourceImpl(service, executor);
    this.files = new FileResourceImpl(service, executor);
    this.teams = new TeamResourceImpl(service, executor);
    this.async = new RefonteAsyncClient(this, service, executor);
  }

  /** A builder; only the API key is required (or the {@code REFONTE_API_KEY} variable). */
  public static Builder builder() {
    return new Builder();
  }

  /** Task operations. */
  public TaskResource tasks() {
    return tasks;
  }

  /**
   * The async twin of this client: the same calls returning {@code CompletableFuture}s, sent
   * with OkHttp's {@code enqueue} and waiting between retries on the builder's
   * {@link dev.labelsdk.core.Scheduler} (no thread parked per retry).
   */
  public RefonteAsyncClient async() {
    return async;
  }

  /** Batch operations. */
  public BatchResource batches() {
    return batches;
  }

  /** Project operations. */
  public ProjectResource projects() {
    return projects;
  }

  /** File upload and import. */
  public FileResource files() {
    return files;
  }

  /** Team members. */
  public TeamResource teams() {
    return teams;
  }

  /**
   * A view of this client whose calls use {@code options} (timeout, retries, extra headers)
   * over this client's settings; a call's own {@code RequestOptions} still go on top. It
   * shares the connections and is closed with this client; closing the view itself does
   * nothing.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key: a key belongs
   *     to one create, so pass it as that call's {@code RequestOptions}
   */
  public RefonteClient withOptions(RequestOptions options) {
    return new RefonteClient(baseUrl, connections.view(), service,
        executor.withOptions(options));
  }

  /** The base URL in use, ending with {@code /}. */
  public String baseUrl() {
    return baseUrl;
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
    return "RefonteClient{baseUrl=" + baseUrl + '}';
  }

  /** Builds a {@link RefonteClient}. Not thread-safe; the client it builds is. */
  public static final class Builder extends ClientBuilder<Builder> {
    private String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private UnaryOperator<String> environment = System::getenv;

    private Builder() {}

    /**
     * The API key (HTTP Basic user name). When not set, {@code REFONTE_API_KEY} is read at
     * {@link #build()}.
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The API base URL, with or without a trailing slash; default
     * {@value RefonteClient#DEFAULT_BASE_URL}. For the mock server use its
     * {@code refonteBaseUrl()}.
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
      return this;
    }

    /** Where {@code REFONTE_API_KEY} is looked up; tests replace the process environment. */
    Builder environment(UnaryOperator<String> environment) {
      this.environment = Objects.requireNonNull(environment);
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if no API key was given and {@code REFONTE_API_KEY} is
     *     unset or blank
     * @throws IllegalArgumentException if the key or base URL is malformed
     */
    public RefonteClient build() {
      String key = apiKey != null ? apiKey : environment.apply(API_KEY_ENV);
      if (key == null || key.isBlank()) {
        throw new IllegalStateException("No Refonte API key: call RefonteClient.builder()"
            + ".apiKey(\"...\") or set the " + API_KEY_ENV + " environment variable"
            + (apiKey != null ? " (the key given to apiKey(...) is blank)" : ""));
      }
      requireHeaderSafe(key, "Refonte API key");
      // Basic auth with the key as the user name and an empty password.
      String authorization = Credentials.basic(key, "", StandardCharsets.UTF_8);
      HttpUrl base = apiBase(baseUrl, "", DEFAULT_BASE_URL);
      Endpoints endpoints = buildEndpoints(base, authorization, "refonte-java");
      Connections connections = Connections.of(endpoints.http(), ownsHttpClient());
      return new RefonteClient(base.toString(), connections,
          new RefonteService(endpoints),
          buildExecutor("RefonteClient", RefonteProtocol::new, connections.closedFlag()));
    }
  }
}
