package dev.labelsdk.mock.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.clarifai.wire.ClarifaiAdminHttpApi;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFaults;
import dev.labelsdk.mock.clarifai.wire.ClarifaiHttpApi;
import dev.labelsdk.mock.clarifai.wire.Sleeper;
import dev.labelsdk.mock.common.MockClock;
import dev.labelsdk.mock.http.FaultQueue;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.refonte.CallbackSender;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.refonte.wire.RefonteAdminHttpApi;
import dev.labelsdk.mock.refonte.wire.RefonteHttpApi;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The mock server: the Refonte v1 API under {@code /v1} and the Clarifai v2 API under
 * {@code /v2}, their control planes under {@code /__admin/refonte} and
 * {@code /__admin/clarifai}, the shared clock under {@code /__admin/clock}, and plain WireMock
 * for every other path (add your own stubs with {@link #wireMock()}).
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

  private final MockClock clock;
  private final RefonteEngine refonteEngine;
  private final RefonteControl refonte;
  private final ClarifaiControl clarifai;
  private final WireMockServer wireMock;
  private final String host;

  private LabelMockServer(Builder b) {
    this.host = b.host;
    this.clock = b.clock;
    CallbackSender sender = b.callbackSender != null ? b.callbackSender : new HttpCallbackSender();
    this.refonteEngine = new RefonteEngine(b.refonteConfig, clock, sender);
    FaultQueue refonteFaults = new FaultQueue();
    RequestJournal refonteJournal = new RequestJournal(b.refonteConfig.requestLogCapacity());
    RefonteHttpApi refonteApi = new RefonteHttpApi(refonteEngine, refonteFaults, refonteJournal);
    RefonteAdminHttpApi refonteAdmin =
        new RefonteAdminHttpApi(refonteEngine, refonteFaults, refonteJournal);
    this.refonte = new RefonteControl(refonteEngine, refonteFaults, refonteJournal, refonteAdmin);

    ClarifaiEngine clarifaiEngine = new ClarifaiEngine(b.clarifaiConfig, clock);
    ClarifaiFaults clarifaiFaults = new ClarifaiFaults();
    RequestJournal clarifaiJournal = new RequestJournal(b.clarifaiConfig.requestLogCapacity(),
        ClarifaiHttpApi.JOURNAL_BODY_CHARS);
    ClarifaiHttpApi clarifaiApi =
        new ClarifaiHttpApi(clarifaiEngine, clarifaiFaults, clarifaiJournal, Sleeper.real());
    ClarifaiAdminHttpApi clarifaiAdmin =
        new ClarifaiAdminHttpApi(clarifaiEngine, clarifaiFaults, clarifaiJournal);
    this.clarifai = new ClarifaiControl(clarifaiEngine, clarifaiFaults, clarifaiJournal, clarifaiAdmin);

    WireMockConfiguration config =
        options()
            .bindAddress(b.host)
            .port(b.port)
            .httpServerFactory(GuardedJettyServer.factory(new RequestGuard(b.accessLog)))
            .extensions(
                new ApiRequestFilter(refonteApi, clarifaiApi),
                new ControlRequestFilter(refonteAdmin, clarifaiAdmin, new ClockHttpApi(clock)))
            .containerThreads(b.threads)
            .gzipDisabled(true)
            .useChunkedTransferEncoding(Options.ChunkedEncodingPolicy.NEVER)
            .stubRequestLoggingDisabled(true)
            .extensionScanningEnabled(false);
    if (b.journalCapacity == 0) {
      config.disableRequestJournal();
    } else {
      config.maxRequestJournalEntries(b.journalCapacity);
    }
    if (b.httpsPort != null) {
      config.httpsPort(b.httpsPort).keystorePath(b.keystorePath)
          .keystorePassword(b.keystorePassword).keyManagerPassword(b.keystorePassword);
    }
    this.wireMock = new WireMockServer(config);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Starts listening; returns this. */
  public LabelMockServer start() {
    wireMock.start();
    return this;
  }

  /** Stops listening and callback delivery. */
  public void stop() {
    wireMock.stop();
    refonteEngine.close();
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return wireMock.port();
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
    return refonte;
  }

  /** The Clarifai API base URL: {@code baseUrl() + "/v2"}. */
  public String clarifaiBaseUrl() {
    return baseUrl() + "/v2";
  }

  /** The Clarifai control plane ({@code /__admin/clarifai}) from Java. */
  public ClarifaiControl clarifai() {
    return clarifai;
  }

  public MockClock clock() {
    return clock;
  }

  /** Moves the mock clock forward: due callback retries run, idempotency records expire. */
  public Instant advanceClock(Duration by) {
    return clock.advance(by);
  }

  /** The underlying WireMock server, for stubs of your own on other paths. */
  public WireMockServer wireMock() {
    return wireMock;
  }

  /** Resets every mocked API (with its configuration) and WireMock's stubs and journal. */
  public void reset() {
    refonte.reset();
    clarifai.reset();
    wireMock.resetAll();
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

    /** Capacity of WireMock's request journal; 0 turns it off. */
    public Builder journalCapacity(int capacity) {
      if (capacity < 0) {
        throw new IllegalArgumentException("journal capacity must be >= 0");
      }
      this.journalCapacity = capacity;
      return this;
    }

    /** Jetty worker threads (default 64). */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    public LabelMockServer build() {
      return new LabelMockServer(this);
    }
  }
}
