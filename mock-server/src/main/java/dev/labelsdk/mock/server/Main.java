package dev.labelsdk.mock.server;

import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.common.Timestamps;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The standalone mock server: {@code java -jar labelsdk-mock-server-standalone.jar [options]}.
 * Binds 127.0.0.1:8080 by default, logs one line per request, stops cleanly on SIGTERM and on
 * {@code POST /__admin/shutdown}. Unlike the in-process server it keeps the APIs' rate limits
 * on by default, as the real services have them.
 */
@Command(name = "labelsdk-mock-server", mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class, sortOptions = false, usageHelpAutoWidth = true,
    description = "Stateful mock of the Refonte v1 and Clarifai v2 task APIs.")
public final class Main {

  @Option(names = "--host", paramLabel = "ADDR",
      description = "address to bind (default ${DEFAULT-VALUE}; 0.0.0.0 for all)")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "N",
      defaultValue = "${env:LABELSDK_MOCK_PORT:-${env:PORT:-8080}}",
      description = "HTTP port (default: $LABELSDK_MOCK_PORT, else $PORT, else 8080; 0 picks a free one)")
  int port;

  @Option(names = "--https-port", paramLabel = "N", description = "also serve HTTPS on N (needs --keystore)")
  Integer httpsPort;

  @Option(names = "--keystore", paramLabel = "PATH", description = "key store for HTTPS (JKS or PKCS12)")
  String keystore;

  @Option(names = "--keystore-password", paramLabel = "PW", description = "its password")
  String keystorePassword = "";

  @Option(names = "--api-key", paramLabel = "KEY",
      description = "accept only these Refonte keys (repeatable; default: open mode, any test_*,"
          + " live_* or *|test key)")
  List<String> keys = new ArrayList<>();

  @Option(names = "--rate-limit", paramLabel = "N",
      description = "Refonte task creations per second per tenant (default ${DEFAULT-VALUE}; 0 = off)")
  int rateLimit = (int) RateLimit.DEFAULT.perSecond();

  @Option(names = "--rate-burst", paramLabel = "N", description = "bucket size (default ${DEFAULT-VALUE})")
  int rateBurst = RateLimit.DEFAULT.burst();

  @Option(names = "--idempotency-ttl-seconds", paramLabel = "N",
      description = "how long Idempotency-Key outcomes are kept (default ${DEFAULT-VALUE})")
  int idempotencyTtlSeconds = 86_400;

  @Option(names = "--callback-auth-key", paramLabel = "KEY", description = "sent in the callback auth headers")
  String callbackAuthKey;

  @Option(names = "--no-callbacks", description = "never deliver callbacks")
  boolean noCallbacks;

  @Option(names = "--no-test-autocomplete", description = "test-key tasks stay pending like live ones")
  boolean noTestAutocomplete;

  @Option(names = "--clarifai-auth-mode", paramLabel = "MODE",
      description = "Clarifai keys: permissive (default: any well-formed token works, users and"
          + " apps are created on first use) or strict (only keys, users and apps seeded via"
          + " /__admin/clarifai/seed)")
  String clarifaiAuthMode = "permissive";

  @Option(names = "--clarifai-rate-limit", paramLabel = "N",
      description = "Clarifai requests per second per key (default ${DEFAULT-VALUE}; 0 = off)")
  int clarifaiRateLimit = ClarifaiConfig.DEFAULT_RATE_LIMIT_PER_SECOND;

  @Option(names = "--journal", paramLabel = "N",
      description = "size of the request journals (default 1000; WireMock's own: 100; 0 = off)")
  Integer journal;

  @Option(names = "--idle-timeout-seconds", paramLabel = "N",
      description = "a silent connection is closed, and a stalled body answered 408, after N"
          + " seconds (default ${DEFAULT-VALUE})")
  int idleTimeoutSeconds = (int) LabelMockServer.DEFAULT_IDLE_TIMEOUT.toSeconds();

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "another name clients may send in Host (repeatable); only localhost and"
          + " loopback addresses are accepted when bound to loopback")
  List<String> allowedHosts = new ArrayList<>();

  @Option(names = "--cors-origin", paramLabel = "ORIGIN",
      description = "let web pages from ORIGIN (* for any) call the APIs (repeatable; default: no CORS)")
  List<String> corsOrigins = new ArrayList<>();

  @Option(names = "--cors-control", description = "extend --cors-origin to the control plane (/__admin)")
  boolean corsControl;

  @Option(names = "--state-file", paramLabel = "PATH",
      description = "keep the state in PATH: loaded at start, saved atomically every"
          + " --state-save-seconds and on shutdown (SIGTERM too); kill -9 loses at most one interval")
  java.nio.file.Path stateFile;

  @Option(names = "--state-save-seconds", paramLabel = "N",
      description = "how often the state file is saved (default ${DEFAULT-VALUE})")
  int stateSaveSeconds = (int) LabelMockServer.DEFAULT_STATE_SAVE_INTERVAL.toSeconds();

  @Option(names = "--quiet", description = "no per-request log line")
  boolean quiet;

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    Main options = new Main();
    CommandLine cli = commandLine(options);
    LabelMockServer server;
    try {
      CommandLine.ParseResult parsed = cli.parseArgs(args);
      if (CommandLine.printHelpIfRequested(parsed)) {
        return;
      }
      options.exitOnShutdownRequest = true;
      server = options.build(System.out);
    } catch (CommandLine.ParameterException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      cli.usage(System.err);
      System.exit(2);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    try {
      server.start();
    } catch (RuntimeException e) {
      System.err.println("error: cannot start the server: " + rootMessage(e));
      System.exit(1);
      return;
    }
    LabelMockServer running = server;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("labelsdk mock server: stopping");
      running.stop();
      stopped.countDown();
    }, "labelsdk-shutdown"));
    System.out.println("labelsdk mock server " + MockVersion.get() + " listening on "
        + server.baseUrl() + " (Refonte API: " + server.refonteBaseUrl() + ", Clarifai API: "
        + server.clarifaiBaseUrl() + ", control: " + server.baseUrl()
        + "/__admin/refonte and /__admin/clarifai, health: " + server.baseUrl()
        + HealthHttpApi.PATH + ")");
    stopped.await();
  }

  /**
   * Builds the server the arguments describe (not started), or returns null when only help or
   * the version was asked for. Bad arguments throw {@link IllegalArgumentException}.
   */
  static LabelMockServer parse(String[] args, PrintStream log) {
    CommandLine cli = commandLine(new Main());
    try {
      CommandLine.ParseResult parsed = cli.parseArgs(args);
      if (parsed.isUsageHelpRequested() || parsed.isVersionHelpRequested()) {
        return null;
      }
    } catch (CommandLine.ParameterException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    return ((Main) cli.getCommand()).build(log);
  }

  private static CommandLine commandLine(Main options) {
    return new CommandLine(options).setUsageHelpLongOptionsMaxWidth(28);
  }

  /** Only the real process exits on {@code POST /__admin/shutdown}; servers from parse() refuse it. */
  private boolean exitOnShutdownRequest;

  private LabelMockServer build(PrintStream log) {
    nonNegative("--port", port);
    nonNegative("--rate-limit", rateLimit);
    nonNegative("--rate-burst", rateBurst);
    nonNegative("--clarifai-rate-limit", clarifaiRateLimit);
    if (idleTimeoutSeconds < 1) {
      throw new IllegalArgumentException("--idle-timeout-seconds needs a positive integer, got "
          + idleTimeoutSeconds);
    }
    LabelMockServer.Builder server = LabelMockServer.builder().host(host).port(port)
        .idleTimeout(Duration.ofSeconds(idleTimeoutSeconds));
    RefonteConfig.Builder refonte = RefonteConfig.builder();
    ClarifaiConfig.Builder clarifai = ClarifaiConfig.builder();
    ClarifaiConfig.AuthMode mode = ClarifaiConfig.AuthMode.fromWire(clarifaiAuthMode);
    if (mode == null) {
      throw new IllegalArgumentException(
          "--clarifai-auth-mode must be permissive or strict, got " + clarifaiAuthMode);
    }
    clarifai.authMode(mode).rateLimitPerSecond(clarifaiRateLimit);
    if (idempotencyTtlSeconds < 1) {
      throw new IllegalArgumentException("--idempotency-ttl-seconds needs a positive integer");
    }
    refonte.idempotencyTtl(Duration.ofSeconds(idempotencyTtlSeconds));
    if (callbackAuthKey != null) {
      refonte.callbackAuthKey(callbackAuthKey);
    }
    refonte.callbacksEnabled(!noCallbacks).testModeAutoComplete(!noTestAutocomplete);
    if (journal != null) {
      nonNegative("--journal", journal);
      refonte.requestLogCapacity(journal);
      clarifai.requestLogCapacity(journal);
      server.journalCapacity(journal);
    }
    if (httpsPort != null) {
      if (keystore == null) {
        throw new IllegalArgumentException("--https-port needs --keystore");
      }
      server.https(httpsPort, keystore, keystorePassword);
    }
    keys.forEach(k -> refonte.allowKey(RefonteConfig.ApiKey.of(k)));
    try {
      refonte.rateLimit(rateLimit == 0 ? RateLimit.UNLIMITED : new RateLimit(rateLimit, rateBurst));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--rate-limit/--rate-burst: " + e.getMessage());
    }
    if (stateFile != null) {
      if (stateSaveSeconds < 1) {
        throw new IllegalArgumentException("--state-save-seconds needs a positive integer, got "
            + stateSaveSeconds);
      }
      server.stateFile(stateFile, Duration.ofSeconds(stateSaveSeconds));
    }
    allowedHosts.forEach(server::allowHost);
    corsOrigins.forEach(server::corsOrigin);
    server.corsOnControl(corsControl);
    if (!quiet) {
      server.accessLog(line -> log.println(Timestamps.format(System.currentTimeMillis()) + " " + line));
    }
    if (exitOnShutdownRequest) {
      server.onShutdownRequest(() -> System.exit(0)); // the shutdown hook stops the server
    }
    return server.refonte(refonte.build()).clarifai(clarifai.build()).build();
  }

  private static void nonNegative(String option, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(option + " needs a non-negative integer, got " + value);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? "unknown failure" : root.getMessage()
        + (root instanceof java.io.IOException ? " (is the port already in use?)" : "");
  }

  /** {@code --version}: the labelsdk version this jar was built as. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"labelsdk-mock-server " + MockVersion.get()};
    }
  }
}
