package dev.labelsdk.mock.server;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.clarifai.wire.ClarifaiAdminHttpApi;
import dev.labelsdk.mock.clarifai.wire.ClarifaiHttpApi;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.refonte.CallbackSender;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.wire.RefonteAdminHttpApi;
import dev.labelsdk.mock.refonte.wire.RefonteHttpApi;
import dev.labelsdk.mock.state.MockState;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The mock server: the Refonte v1 API under {@code /v1} and the Clarifai v2 API under
 * {@code /v2}, their control planes under {@code /__admin/refonte} and
 * {@code /__admin/clarifai}, the shared clock under {@code /__admin/clock}, its identity under
 * {@code /__admin/labelsdk/health}, and WireMock for every other path (add your own stubs with
 * {@link #wireMock()}).
 *
 * <p>In-process it starts with no rate limits, so tests never wait on one they did not ask
 * for; {@link Builder#apiRateLimits()} turns on the API-like ones the standalone server uses.
 *
 * <pre>{@code
 * try (LabelMockServer mock = LabelMockServer.builder().build().start()) {
 *   String base = mock.refonteBaseUrl(); // http://127.0.0.1:<port>/v1
 *   String clarifai = mock.clarifaiBaseUrl(); // http://127.0.0.1:<port>/v2
 *   ...
 * }
 * }</pre>
 */
public final class LabelMockServer implements AutoCloseable {

  /**
   * Journal size of WireMock's own request log (the APIs keep their own journals). Kept small:
   * WireMock counts its whole journal on every request, so a large one slows every answer.
   */
  public static final int DEFAULT_JOURNAL_CAPACITY = 100;

  /** Request targets (path and query) longer than this are refused with 414. */
  public static final int MAX_TARGET_BYTES = 64 * 1024;

  /** Request headers larger than this (names and values) are refused with 431. */
  public static final int MAX_HEADER_BYTES = 64 * 1024;

  /** Where Jetty itself stops reading a request head. */
  private static final int JETTY_HEADER_BYTES = 1024 * 1024;

  /** How often a state file is saved. */
  public static final Duration DEFAULT_STATE_SAVE_INTERVAL = Duration.ofSeconds(5);

  /** How long a connection may stay silent (mid-body included) before it is answered 408. */
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);

  private final MockClock clock;
  /**
   * Each API (engine, HTTP API, control plane) is built on its first use: a request to it or
   * to its control plane, a Java call, a snapshot or a restore (a reset leaves an API not yet
   * built as it is). A launch so answers its first request (often the health check) without
   * paying for both APIs' set-up.
   */
  private final Lazy<RefonteApi> refonte;
  private final Lazy<ClarifaiApi> clarifai;
  private final WireMockBridge wireMock;
  private final Lazy<MockState> state;
  private final byte[] initialState;
  private final StateFile stateFile;
  private final Server jetty;
  private final ServerConnector http;
  private final String host;

  /** The Refonte API: its engine, its HTTP API and its control plane. */
  private record RefonteApi(RefonteEngine engine, RefonteHttpApi http, RefonteControl control) {

    static RefonteApi of(RefonteConfig config, MockClock clock, CallbackSender sender,
        boolean apiRateLimits) {
      RefonteEngine engine = new RefonteEngine(config, clock,
          sender != null ? sender : new HttpCallbackSender());
      if (apiRateLimits) {
        engine.setRateLimit(RateLimit.DEFAULT); // before the control plane records it
      }
      FaultQueue faults = new FaultQueue();
      RequestJournal journal = new RequestJournal(config.requestLogCapacity());
      return new RefonteApi(engine, new RefonteHttpApi(engine, faults, journal),
          new RefonteControl(engine, faults, journal, new RefonteAdminHttpApi(engine, faults, journal)));
    }
  }

  /** The Clarifai API: its engine, its HTTP API and its control plane. */
  private record ClarifaiApi(ClarifaiEngine engine, ClarifaiHttpApi http, ClarifaiControl control) {

    static ClarifaiApi of(ClarifaiConfig config, MockClock clock) {
      ClarifaiEngine engine = new ClarifaiEngine(config, clock);
      FaultQueue faults = new FaultQueue();
      RequestJournal journal =
          new RequestJournal(config.requestLogCapacity(), ClarifaiHttpApi.JOURNAL_BODY_CHARS);
      return new ClarifaiApi(engine, new ClarifaiHttpApi(engine, faults, journal),
          new ClarifaiControl(engine, faults, journal, new ClarifaiAdminHttpApi(engine, faults, journal)));
    }
  }

  private LabelMockServer(Builder b) {
    this.host = b.host;
    this.clock = b.clock;
    RefonteConfig refonteConfig = b.refonteConfig;
    ClarifaiConfig clarifaiConfig = b.apiRateLimits
        ? b.clarifaiConfig.toBuilder()
            .rateLimitPerSecond(ClarifaiConfig.DEFAULT_RATE_LIMIT_PER_SECOND).build()
        : b.clarifaiConfig;
    CallbackSender sender = b.callbackSender;
    boolean apiRateLimits = b.apiRateLimits;
    this.refonte = new Lazy<>(() -> RefonteApi.of(refonteConfig, clock, sender, apiRateLimits));
    this.clarifai = new Lazy<>(() -> ClarifaiApi.of(clarifaiConfig, clock));
    this.state = new Lazy<>(() -> new MockState(clock, refonte.get().engine(), clarifai.get().engine()));
    this.initialState = b.initialState;
    this.stateFile = b.stateFile == null ? null : new StateFile(b.stateFile, b.stateSaveInterval, state.get());
    this.wireMock = new WireMockBridge(b.journalCapacity);
    Lazy<ClockHttpApi> clockApi = new Lazy<>(() -> new ClockHttpApi(clock)); // loads Jackson
    Routes routes = new Routes()
        .api("v1", r -> refonte.get().http().handle(r))
        .api("v2", r -> clarifai.get().http().handle(r))
        .control("refonte", r -> refonte.get().control().admin().handle(r))
        .control("clarifai", r -> clarifai.get().control().admin().handle(r))
        .control("clock", r -> clockApi.get().handle(r))
        .control("labelsdk", labelsdkRoutes(new HealthHttpApi(), state),
            SnapshotHttpApi.MAX_DOCUMENT_BYTES);
    LocalAccess access =
        LocalAccess.forBindAddress(b.host, b.allowedHosts, b.corsOrigins, b.corsOnControl);

    spareJettyTheJmxLookup();
    QueuedThreadPool threads = new QueuedThreadPool(Math.max(b.threads, 8), Math.min(8, b.threads));
    threads.setName("labelsdk-mock");
    threads.setDaemon(true);
    this.jetty = new Server(threads);
    HttpConfiguration config = new HttpConfiguration();
    config.setSendServerVersion(false);
    config.setSendXPoweredBy(false);
    config.setHeaderCacheCaseSensitive(true); // a cached value never stands in for another case
    // Jetty's own limit is far above ours, so that the front door, which knows the path, is
    // the one that refuses a long target or large headers (in that API's error shape).
    config.setRequestHeaderSize(JETTY_HEADER_BYTES);
    config.setIdleTimeout(b.idleTimeout.toMillis());
    config.setUriCompliance(UriCompliance.from(java.util.EnumSet.allOf(UriCompliance.Violation.class))); // the APIs decode and judge paths themselves
    this.http = new ServerConnector(jetty, new TargetRecordingHttpFactory(config));
    http.setHost(b.host);
    http.setPort(b.port);
    http.setIdleTimeout(b.idleTimeout.toMillis());
    jetty.addConnector(http);
    if (b.httpsPort != null) {
      SslContextFactory.Server tls = new SslContextFactory.Server();
      tls.setKeyStorePath(b.keystorePath);
      tls.setKeyStorePassword(b.keystorePassword);
      tls.setKeyManagerPassword(b.keystorePassword);
      HttpConfiguration httpsConfig = new HttpConfiguration(config);
      SecureRequestCustomizer secure = new SecureRequestCustomizer();
      secure.setSniHostCheck(false); // self-signed test certificates rarely name every host
      httpsConfig.addCustomizer(secure);
      ServerConnector https = new ServerConnector(jetty,
          new SslConnectionFactory(tls, "http/1.1"), new TargetRecordingHttpFactory(httpsConfig));
      https.setHost(b.host);
      https.setPort(b.httpsPort);
      https.setIdleTimeout(b.idleTimeout.toMillis());
      jetty.addConnector(https);
    }
    jetty.setErrorHandler(new JsonErrorHandler());
    jetty.setHandler(new FrontDoor(routes, access, wireMock, b.accessLog, b.onShutdownRequest));
    jetty.setStopTimeout(0);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Jetty sizes some padded arrays from whether the JVM compresses object pointers, and asks
   * JMX for it unless told: starting the platform MBean server is a tenth of the mock's start.
   * The answer only changes padding, so the usual value (compressed, 16 per cache line) is
   * given. The property lives in our relocated Jetty's namespace: a user's own Jetty never
   * reads it.
   */
  private static void spareJettyTheJmxLookup() {
    String key = org.eclipse.jetty.util.MemoryUtils.class.getName().replace("MemoryUtils", "")
        + "referencesPerCacheLine";
    if (System.getProperty(key) == null) {
      System.setProperty(key, "16");
    }
  }

  /** The route of {@code /__admin/labelsdk/...}: the snapshot, or identity. */
  private static Routes.Endpoint labelsdkRoutes(HealthHttpApi health, Lazy<MockState> state) {
    Lazy<SnapshotHttpApi> snapshot = new Lazy<>(() -> new SnapshotHttpApi(state.get()));
    return r -> SnapshotHttpApi.handles(r) ? snapshot.get().handle(r) : health.handle(r);
  }

  /**
   * Starts listening; returns this. The initial state, or else the state file, is loaded
   * first.
   */
  public LabelMockServer start() {
    if (initialState != null) {
      state.get().restore(initialState);
    } else if (stateFile != null) {
      stateFile.load();
    }
    try {
      jetty.start();
    } catch (Exception e) {
      try {
        jetty.stop();
      } catch (Exception ignored) {
        // already failing
      }
      throw new IllegalStateException("cannot start the mock server: " + e.getMessage(), e);
    }
    if (stateFile != null) {
      stateFile.startSaving();
    }
    return this;
  }

  /** Stops listening and callback delivery; saves the state file if there is one. */
  public void stop() {
    try {
      jetty.stop();
      if (stateFile != null) {
        stateFile.stop();
      }
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the mock server: " + e.getMessage(), e);
    } finally {
      wireMock.stop();
      refonte.ifMade(api -> api.engine().close());
    }
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return http.getLocalPort();
  }

  /** {@code http://<host>:<port>}, no trailing slash. */
  public String baseUrl() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    return "http://" + (h.equals("0.0.0.0") ? "127.0.0.1" : h) + ":" + port();
  }

  /** The Refonte API base URL: {@code baseUrl() + "/v1"}. */
  public String refonteBaseUrl() {
    return baseUrl() + "/v1";
  }

  public RefonteControl refonte() {
    return refonte.get().control();
  }

  /** The Clarifai API base URL: {@code baseUrl() + "/v2"}. */
  public String clarifaiBaseUrl() {
    return baseUrl() + "/v2";
  }

  /** The Clarifai control plane ({@code /__admin/clarifai}) from Java. */
  public ClarifaiControl clarifai() {
    return clarifai.get().control();
  }

  public MockClock clock() {
    return clock;
  }

  /** Moves the mock clock forward: due callback retries run, idempotency records expire. */
  public Instant advanceClock(Duration by) {
    return clock.advance(by);
  }

  /**
   * WireMock, for stubs of your own on paths the APIs do not own; created on first use. It
   * runs without a port of its own: its stubs answer on this server's {@link #baseUrl()}.
   * Credential headers (Authorization, Cookie, ...) reach it redacted, so its journal never
   * holds a key.
   */
  public WireMockServer wireMock() {
    return wireMock.server();
  }

  /**
   * Resets every mocked API (with its configuration) and WireMock's stubs and journal; with an
   * {@link Builder#initialState initial state}, restores it (so each test starts from it).
   */
  public void reset() {
    refonte.ifMade(api -> api.control().reset()); // an API not yet made is as a reset leaves it
    clarifai.ifMade(api -> api.control().reset());
    wireMock.reset();
    if (initialState != null) {
      state.get().restore(initialState);
    }
  }

  /**
   * All APIs' state (tasks, batches, projects, files, idempotency records, pending callbacks,
   * all Clarifai state, the clock) as one versioned JSON document; {@link #restore} takes it
   * back. Also {@code GET /__admin/labelsdk/snapshot}.
   */
  public byte[] snapshot() {
    return state.get().snapshot();
  }

  /** Writes {@link #snapshot()} to a file (for a fixture). */
  public void snapshot(Path file) {
    new StateFile(file, Duration.ofDays(1), state.get()).save();
  }

  /**
   * Replaces all state with a snapshot's. A document that is not one is an
   * {@link IllegalArgumentException} and changes nothing. Also
   * {@code POST /__admin/labelsdk/snapshot}.
   */
  public void restore(byte[] snapshot) {
    state.get().restore(snapshot);
  }

  /** {@link #restore(byte[])} from a file. */
  public void restore(Path file) {
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      state.get().restore(new java.io.BufferedInputStream(in, 1 << 16));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file, e);
    }
  }

  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 0;
    private Integer httpsPort;
    private String keystorePath;
    private String keystorePassword;
    private RefonteConfig refonteConfig = RefonteConfig.defaults();
    private ClarifaiConfig clarifaiConfig = ClarifaiConfig.defaults();
    private MockClock clock = new MockClock();
    private CallbackSender callbackSender;
    private Consumer<String> accessLog;
    private int journalCapacity = DEFAULT_JOURNAL_CAPACITY;
    private int threads = 64;
    private Duration idleTimeout = DEFAULT_IDLE_TIMEOUT;
    private boolean apiRateLimits;
    private final Set<String> allowedHosts = new LinkedHashSet<>();
    private final Set<String> corsOrigins = new LinkedHashSet<>();
    private boolean corsOnControl;
    private Runnable onShutdownRequest;
    private byte[] initialState;
    private Path stateFile;
    private Duration stateSaveInterval = DEFAULT_STATE_SAVE_INTERVAL;

    private Builder() {}

    /** The address to bind; default {@code 127.0.0.1} (loopback only). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host);
      return this;
    }

    /** The HTTP port; 0 (the default) picks a free one. */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /** Adds an HTTPS listener using a key store (JKS or PKCS12). */
    public Builder https(int port, String keystorePath, String password) {
      this.httpsPort = port;
      this.keystorePath = Objects.requireNonNull(keystorePath);
      this.keystorePassword = Objects.requireNonNull(password);
      return this;
    }

    public Builder refonte(RefonteConfig config) {
      this.refonteConfig = Objects.requireNonNull(config);
      return this;
    }

    public Builder clarifai(ClarifaiConfig config) {
      this.clarifaiConfig = Objects.requireNonNull(config);
      return this;
    }

    public Builder clock(MockClock clock) {
      this.clock = Objects.requireNonNull(clock);
      return this;
    }

    /** Replaces the HTTP sender of callbacks (tests can capture them without a listener). */
    public Builder callbackSender(CallbackSender sender) {
      this.callbackSender = sender;
      return this;
    }

    /** Receives one line per request (method, path, status, time). Off by default. */
    public Builder accessLog(Consumer<String> accessLog) {
      this.accessLog = accessLog;
      return this;
    }

    /** Capacity of WireMock's request journal (of stub requests); 0 turns it off. */
    public Builder journalCapacity(int capacity) {
      if (capacity < 0) {
        throw new IllegalArgumentException("journal capacity must be >= 0");
      }
      this.journalCapacity = capacity;
      return this;
    }

    /** Jetty worker threads (default 64; at least 8 are kept). */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /**
     * How long a connection may stay silent before it is closed; a request whose body stops
     * arriving is answered 408 then. Default {@link #DEFAULT_IDLE_TIMEOUT}.
     */
    public Builder idleTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("idle timeout must be positive");
      }
      this.idleTimeout = timeout;
      return this;
    }

    /**
     * Turns on the API-like rate limits ({@link RateLimit#DEFAULT} task creations per tenant
     * for Refonte, {@link ClarifaiConfig#DEFAULT_RATE_LIMIT_PER_SECOND} requests a second per
     * key for Clarifai), over whatever the configurations say. Off by default in-process; the
     * standalone server turns them on.
     */
    public Builder apiRateLimits() {
      this.apiRateLimits = true;
      return this;
    }

    /**
     * Another name clients may use in {@code Host} (for example {@code host.docker.internal}).
     * A server bound to loopback answers only requests naming localhost or a loopback address,
     * so a web page cannot reach it through DNS rebinding.
     */
    public Builder allowHost(String name) {
      this.allowedHosts.add(Objects.requireNonNull(name));
      return this;
    }

    /**
     * Lets web pages from {@code origin} ({@code *}: any) call the APIs from a browser (CORS).
     * Off by default.
     */
    public Builder corsOrigin(String origin) {
      this.corsOrigins.add(Objects.requireNonNull(origin));
      return this;
    }

    /** Extends {@link #corsOrigin} to the control plane ({@code /__admin}). Off by default. */
    public Builder corsOnControl(boolean on) {
      this.corsOnControl = on;
      return this;
    }

    /**
     * A snapshot ({@link LabelMockServer#snapshot()}) the server starts from and returns to on
     * every {@link LabelMockServer#reset()}: the JUnit extension starts each test from it.
     */
    public Builder initialState(byte[] snapshot) {
      this.initialState = snapshot.clone();
      return this;
    }

    /** {@link #initialState(byte[])} read from a file (a fixture saved with {@code snapshot(Path)}). */
    public Builder initialState(Path snapshotFile) {
      try {
        return initialState(java.nio.file.Files.readAllBytes(snapshotFile));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException("cannot read " + snapshotFile, e);
      }
    }

    /**
     * Keeps the state in {@code file}: loaded at start if it exists, saved atomically every
     * {@code interval} and on {@link LabelMockServer#stop()}. A {@code kill -9} loses at most
     * the last interval.
     */
    public Builder stateFile(Path file, Duration interval) {
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("the save interval must be positive");
      }
      this.stateFile = Objects.requireNonNull(file);
      this.stateSaveInterval = interval;
      return this;
    }

    /** What {@code POST /__admin/shutdown} runs (the standalone server exits); else refused. */
    Builder onShutdownRequest(Runnable action) {
      this.onShutdownRequest = action;
      return this;
    }

    public LabelMockServer build() {
      return new LabelMockServer(this);
    }
  }
}
