package dev.labelsdk.refonte;

import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.Retrier;
import dev.labelsdk.core.RetryPolicy;
import dev.labelsdk.core.SdkVersion;
import dev.labelsdk.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import java.util.function.UnaryOperator;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

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
 * <p>Every method throws an unchecked {@link RefonteException} subclass on failure.
 */
public final class RefonteClient implements AutoCloseable {

  /** The production API. */
  public static final String DEFAULT_BASE_URL = "https://api.refonte.com/v1/";
  /** Environment variable read when no API key is given to the builder. */
  public static final String API_KEY_ENV = "REFONTE_API_KEY";
  /** Retries after the first attempt, unless configured otherwise. */
  public static final int DEFAULT_MAX_RETRIES = 3;
  /** Time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Longest silence while reading a response. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
  /** Longest silence while sending a request. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);
  /** Limit for one attempt, from connecting to reading the whole response. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  private final String baseUrl;
  private final OkHttpClient httpClient;
  private final boolean ownsHttpClient;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final TaskResource tasks;
  private final BatchResource batches;
  private final ProjectResource projects;
  private final FileResource files;
  private final TeamResource teams;

  private RefonteClient(Builder b, String apiKey, HttpUrl base) {
    this.baseUrl = base.toString();
    this.ownsHttpClient = b.httpClient == null;
    this.httpClient = httpClient(b, apiKey);
    RefonteService service = new Retrofit.Builder()
        .baseUrl(base)
        .client(httpClient)
        .addConverterFactory(JacksonConverterFactory.create(JsonSupport.newMapper()))
        .build()
        .create(RefonteService.class);
    ApiExecutor executor = new ApiExecutor(
        new Retrier(RetryPolicy.defaults(), b.sleeper, b.jitter), b.clock,
        RequestOptions.builder().maxRetries(b.maxRetries).build(), closed);
    this.tasks = new TaskResource(service, executor);
    this.batches = new BatchResource(service, executor);
    this.projects = new ProjectResource(service, executor);
    this.files = new FileResource(service, executor);
    this.teams = new TeamResource(service, executor);
  }

  /** A builder; only the API key is required (or the {@code REFONTE_API_KEY} variable). */
  public static Builder builder() {
    return new Builder();
  }

  /** Task operations. */
  public TaskResource tasks() {
    return tasks;
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
    if (closed.compareAndSet(false, true) && ownsHttpClient) {
      httpClient.dispatcher().executorService().shutdown();
      httpClient.connectionPool().evictAll();
    }
  }

  @Override
  public String toString() {
    return "RefonteClient{baseUrl=" + baseUrl + '}';
  }

  private static OkHttpClient httpClient(Builder b, String apiKey) {
    OkHttpClient.Builder http = b.httpClient != null ? b.httpClient.newBuilder()
        : new OkHttpClient.Builder()
            .connectTimeout(DEFAULT_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(DEFAULT_WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(DEFAULT_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            // The client retries with its own policy; OkHttp's silent retry would resend
            // requests the policy does not consider safe (audit).
            .retryOnConnectionFailure(false);
    if (b.connectTimeout != null) {
      http.connectTimeout(b.connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.readTimeout != null) {
      http.readTimeout(b.readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.writeTimeout != null) {
      http.writeTimeout(b.writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (b.callTimeout != null) {
      http.callTimeout(b.callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    String userAgent = "refonte-java/" + SdkVersion.VERSION
        + (b.userAgentSuffix == null ? "" : " " + b.userAgentSuffix);
    return http.addInterceptor(new ClientHeaders(apiKey, userAgent)).build();
  }

  /** Builds a {@link RefonteClient}. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private String apiKey;
    private String baseUrl = DEFAULT_BASE_URL;
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private String userAgentSuffix;
    private OkHttpClient httpClient;
    private Sleeper sleeper = Sleeper.SYSTEM;
    private DoubleSupplier jitter = Retrier.RANDOM_JITTER;
    private Clock clock = Clock.systemUTC();
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

    /** Time to establish a connection; default {@link #DEFAULT_CONNECT_TIMEOUT}. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = nonNegative(timeout, "connectTimeout");
      return this;
    }

    /** Longest silence while reading; default {@link #DEFAULT_READ_TIMEOUT}. */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = nonNegative(timeout, "readTimeout");
      return this;
    }

    /** Longest silence while writing; default {@link #DEFAULT_WRITE_TIMEOUT}. */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = nonNegative(timeout, "writeTimeout");
      return this;
    }

    /**
     * Limit for one attempt of a call, from connecting to reading the whole response
     * (zero: none); default {@link #DEFAULT_CALL_TIMEOUT}. Per call:
     * {@link RequestOptions.Builder#timeout}.
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = nonNegative(timeout, "callTimeout");
      return this;
    }

    /**
     * Retries after the first attempt (0 disables retrying); default
     * {@value RefonteClient#DEFAULT_MAX_RETRIES}. Per call:
     * {@link RequestOptions.Builder#maxRetries}.
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must be >= 0");
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** Appended to the User-Agent ({@code refonte-java/<version> <suffix>}), e.g. your app. */
    public Builder userAgentSuffix(String suffix) {
      if (suffix != null && !suffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
      }
      this.userAgentSuffix = suffix == null || suffix.isBlank() ? null : suffix.strip();
      return this;
    }

    /**
     * An OkHttp client to build on (its pool, dispatcher, proxy, TLS and interceptors are
     * shared). The client adds its own headers on a derived instance and never shuts this one
     * down; timeouts set on this builder override the given client's. Consider
     * {@code retryOnConnectionFailure(false)} on it, as the default client does, so that only
     * this client's retry policy decides what is sent twice.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = httpClient;
      return this;
    }

    /** How to wait between retries (for tests: a fake that records and returns). */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** Source of backoff jitter in {@code [0, 1)} (for tests: a constant). */
    public Builder jitter(DoubleSupplier jitter) {
      this.jitter = Objects.requireNonNull(jitter, "jitter");
      return this;
    }

    /** Clock used to read {@code Retry-After} dates (for tests: a fixed clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
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
      if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new IllegalArgumentException("The Refonte API key contains spaces, line breaks or"
            + " non-ASCII characters; check how it was read (a trailing newline?)");
      }
      return new RefonteClient(this, key, parseBaseUrl(baseUrl));
    }

    private static HttpUrl parseBaseUrl(String url) {
      String trimmed = url.strip();
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      HttpUrl parsed = HttpUrl.parse(trimmed + "/");
      if (parsed == null || trimmed.isEmpty()) {
        throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL such as "
            + DEFAULT_BASE_URL + " but was \"" + url + "\"");
      }
      return parsed;
    }

    private static Duration nonNegative(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return d;
    }
  }
}
