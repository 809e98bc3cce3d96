package dev.labelsdk.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * What the builders of every client share: timeouts, retries, the User-Agent suffix, an
 * optional caller-supplied OkHttp client, and the test hooks of the retry loop. Subclasses add
 * the API's own settings (keys, base URL, ...).
 *
 * @param <B> the concrete builder, returned by every setter so that calls chain
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> extends FluentBuilder<B> {

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

  /** Async requests in flight at once per host (OkHttp's dispatcher; the sync calls are not limited). */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 64;

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
  private Scheduler scheduler;
  private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;

  protected ClientBuilder() {}

  /** Time to establish a connection; default {@link #DEFAULT_CONNECT_TIMEOUT}. */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = nonNegative(timeout, "connectTimeout");
    return self();
  }

  /** Longest silence while reading; default {@link #DEFAULT_READ_TIMEOUT}. */
  public B readTimeout(Duration timeout) {
    this.readTimeout = nonNegative(timeout, "readTimeout");
    return self();
  }

  /** Longest silence while writing; default {@link #DEFAULT_WRITE_TIMEOUT}. */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = nonNegative(timeout, "writeTimeout");
    return self();
  }

  /**
   * Limit for one attempt of a call, from connecting to reading the whole response (zero:
   * none); default {@link #DEFAULT_CALL_TIMEOUT}. Per call: {@link RequestOptions.Builder#timeout}.
   */
  public B callTimeout(Duration timeout) {
    this.callTimeout = nonNegative(timeout, "callTimeout");
    return self();
  }

  /**
   * Retries after the first attempt (0 disables retrying); default
   * {@value #DEFAULT_MAX_RETRIES}. Per call: {@link RequestOptions.Builder#maxRetries}.
   */
  public B maxRetries(int maxRetries) {
    this.maxRetries = Retrier.requireMaxRetries(maxRetries);
    return self();
  }

  /** Appended to the User-Agent, e.g. your application's name and version. */
  public B userAgentSuffix(String suffix) {
    if (suffix != null && !suffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("userAgentSuffix must be printable ASCII");
    }
    this.userAgentSuffix = suffix == null || suffix.isBlank() ? null : suffix.strip();
    return self();
  }

  /**
   * An OkHttp client to build on (its pool, dispatcher, proxy, TLS and interceptors are
   * shared). The client adds its own headers on a derived instance and never shuts this one
   * down; timeouts set on this builder override the given client's. Its application
   * interceptors (a logging one, say) see each request without the {@code Authorization}
   * key, which is added after them; its network interceptors see it as it is sent. Consider
   * {@code retryOnConnectionFailure(false)} on it, as the default client does, so that only
   * the client's retry policy decides what is sent twice.
   */
  public B httpClient(OkHttpClient httpClient) {
    this.httpClient = httpClient;
    return self();
  }

  /** How to wait between retries (for tests: a fake that records and returns). */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /** Source of backoff jitter in {@code [0, 1)} (for tests: a constant). */
  public B jitter(DoubleSupplier jitter) {
    this.jitter = Objects.requireNonNull(jitter, "jitter");
    return self();
  }

  /** Clock used to read {@code Retry-After} dates (for tests: a fixed clock). */
  public B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * Where the async calls wait between retries; default {@link Scheduler#shared()} (one daemon
   * thread for the JVM). Tests pass one that records each delay and runs the task at once.
   */
  public B scheduler(Scheduler scheduler) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    return self();
  }

  /**
   * Async requests in flight at once to the API host; default
   * {@value #DEFAULT_MAX_CONCURRENT_REQUESTS}. Applies to a client this builder creates (a
   * client given to {@link #httpClient} keeps its own dispatcher).
   */
  public B maxConcurrentRequests(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("maxConcurrentRequests must be >= 1");
    }
    this.maxConcurrentRequests = max;
    return self();
  }

  /** The scheduler set with {@link #scheduler(Scheduler)}, or the shared one. */
  protected Scheduler configuredScheduler() {
    return scheduler != null ? scheduler : Scheduler.shared();
  }

  /** Whether the built client made its own OkHttp client (and so must shut it down). */
  protected boolean ownsHttpClient() {
    return httpClient == null;
  }

  /** The retry loop with this builder's sleeper and jitter. */
  protected Retrier retrier() {
    return new Retrier(RetryPolicy.defaults(), sleeper, jitter);
  }

  /** The clock set with {@link #clock(Clock)}. */
  protected Clock configuredClock() {
    return clock;
  }

  /** The retries set with {@link #maxRetries(int)}. */
  protected int configuredMaxRetries() {
    return maxRetries;
  }

  /**
   * The executor of a built client: this builder's retries, clock and scheduler, the API's
   * protocol (made with that clock), and the flag the client's {@code close()} sets.
   */
  protected CallExecutor buildExecutor(String clientName,
      Function<Clock, CallExecutor.Protocol> protocol, AtomicBoolean closed) {
    return new CallExecutor(clientName, retrier(), protocol.apply(clock),
        RequestOptions.builder().maxRetries(maxRetries).build(), closed, configuredScheduler(),
        Throttle.NONE);
  }

  /**
   * {@code key}, checked to be a header value: printable ASCII without spaces.
   *
   * @throws IllegalArgumentException naming {@code what} otherwise
   */
  protected static String requireHeaderSafe(String key, String what) {
    if (!key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
      throw new IllegalArgumentException("The " + what + " contains spaces, line breaks or"
          + " non-ASCII characters; check how it was read (a trailing newline?)");
    }
    return key;
  }

  /**
   * The API's base: {@code url} without trailing slashes (and without {@code apiPath}, when it
   * ends with it), then {@code apiPath} and {@code /}.
   *
   * @throws IllegalArgumentException if that is not an absolute http(s) URL; the message shows
   *     {@code example}
   */
  protected static HttpUrl apiBase(String url, String apiPath, String example) {
    String trimmed = url.strip();
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    if (trimmed.endsWith(apiPath)) {
      trimmed = trimmed.substring(0, trimmed.length() - apiPath.length());
    }
    HttpUrl parsed = HttpUrl.parse(trimmed + apiPath + "/");
    if (parsed == null || trimmed.isEmpty()) {
      throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL such as "
          + example + " but was \"" + url + "\"");
    }
    return parsed;
  }

  /** {@code product/version}, then the suffix when one was given. */
  private String userAgent(String product) {
    return product + "/" + SdkVersion.VERSION + (userAgentSuffix == null ? "" : " " + userAgentSuffix);
  }

  /**
   * The endpoints of a built client under {@code base}: over the given OkHttp client or a new
   * one with the defaults, with this builder's timeouts, and with the headers every request
   * carries: {@code authorization} as the {@code Authorization} value, {@code product/version}
   * as the User-Agent, and {@code Accept: application/json}. The application interceptors of a
   * given client never see the key (see {@link ClientHeaders}).
   *
   * @param base the API's base URL, ending with {@code /}
   * @param authorization the {@code Authorization} value
   * @param product the User-Agent's product name
   * @return the endpoints; {@link Endpoints#http()} is the OkHttp client they call through
   */
  protected Endpoints buildEndpoints(HttpUrl base, String authorization, String product) {
    ClientHeaders headers = new ClientHeaders(authorization, userAgent(product));
    OkHttpClient.Builder http = httpClientBuilder();
    if (http.interceptors().isEmpty()) { // no code of the caller's sees the request first
      return new Endpoints(base, http.build(), headers);
    }
    return new Endpoints(base, http.addInterceptor(headers).build());
  }

  /**
   * The OkHttp client of a built client, as {@link #buildEndpoints} describes it, with an
   * interceptor that adds the headers.
   *
   * @deprecated use {@link #buildEndpoints}, which adds the headers as each request is built
   *     when no application interceptor of a given client runs before them (one copy of each
   *     request less)
   */
  @Deprecated
  protected OkHttpClient buildHttpClient(String authorization, String product) {
    return httpClientBuilder().addInterceptor(new ClientHeaders(authorization, userAgent(product)))
        .build();
  }

  /** The given OkHttp client or a new one with the defaults, with this builder's timeouts. */
  private OkHttpClient.Builder httpClientBuilder() {
    OkHttpClient.Builder http = httpClient != null ? httpClient.newBuilder()
        : new OkHttpClient.Builder()
            .connectTimeout(DEFAULT_CONNECT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(DEFAULT_READ_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(DEFAULT_WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(DEFAULT_CALL_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
            // The clients retry with their own policy; OkHttp's silent retry would resend
            // requests that policy does not consider safe (creates, audits).
            .retryOnConnectionFailure(false)
            .dispatcher(dispatcher(maxConcurrentRequests))
            .connectionPool(new ConnectionPool(maxConcurrentRequests, 5, TimeUnit.MINUTES));
    if (connectTimeout != null) {
      http.connectTimeout(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (readTimeout != null) {
      http.readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (writeTimeout != null) {
      http.writeTimeout(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    if (callTimeout != null) {
      http.callTimeout(callTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }
    return http;
  }

  private static Dispatcher dispatcher(int perHost) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(Math.max(perHost, 64));
    dispatcher.setMaxRequestsPerHost(perHost);
    return dispatcher;
  }

  private static Duration nonNegative(Duration d, String name) {
    Objects.requireNonNull(d, name);
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative");
    }
    return d;
  }
}
