package dev.labelsdk.mock.server;

import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.common.Timestamps;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * The standalone mock server: {@code java -jar labelsdk-mock-server-standalone.jar [options]}.
 * Binds 127.0.0.1:8080 by default, logs one line per request, stops cleanly on SIGTERM and on
 * {@code POST /__admin/shutdown}. Unlike the in-process server it keeps the APIs' rate limits
 * on by default, as the real services have them.
 *
 * <p>The command line is read with commons-cli: picocli, measured, added about 0.4 s to every
 * start (its annotation scan), a third of the mock's whole start-up.
 */
public final class Main {

  private static final Options OPTIONS = new Options();

  static {
    option("host", "ADDR", "address to bind (default 127.0.0.1; 0.0.0.0 for all)");
    option("port", "N", "HTTP port (default: $LABELSDK_MOCK_PORT, else $PORT, else 8080; 0 picks a free one)");
    option("https-port", "N", "also serve HTTPS on N (needs --keystore)");
    option("keystore", "PATH", "key store for HTTPS (JKS or PKCS12)");
    option("keystore-password", "PW", "its password");
    option("api-key", "KEY", "accept only these Refonte keys (repeatable; default: open mode, any"
        + " test_*, live_* or *|test key)");
    option("rate-limit", "N", "Refonte task creations per second per tenant (default 30; 0 = off)");
    option("rate-burst", "N", "bucket size (default 30)");
    option("idempotency-ttl-seconds", "N", "how long Idempotency-Key outcomes are kept (default 86400)");
    option("idempotency-max-records", "N", "Idempotency-Key outcomes kept in all (default 100000)");
    option("idempotency-max-records-per-tenant", "N", "... and per tenant (default 10000)");
    option("max-tenants", "N", "tenants the Refonte mock holds data for (default 10000)");
    option("callback-auth-key", "KEY", "sent in the callback auth headers");
    flag("no-callbacks", "never deliver callbacks");
    flag("no-test-autocomplete", "test-key tasks stay pending like live ones");
    option("clarifai-auth-mode", "MODE", "Clarifai keys: permissive (default: any well-formed token"
        + " works, users and apps are created on first use) or strict (only keys, users and apps"
        + " seeded via /__admin/clarifai/seed)");
    option("clarifai-rate-limit", "N", "Clarifai requests per second per key (default 15; 0 = off)");
    option("journal", "N", "size of the request journals (default 1000; WireMock's own: 100; 0 = off)");
    option("idle-timeout-seconds", "N", "a silent connection is closed, and a stalled body answered"
        + " 408, after N seconds (default 30)");
    option("allow-host", "NAME", "another name clients may send in Host (repeatable); only"
        + " localhost and loopback addresses are accepted when bound to loopback");
    option("cors-origin", "ORIGIN", "let web pages from ORIGIN (* for any) call the APIs"
        + " (repeatable; default: no CORS)");
    flag("cors-control", "extend --cors-origin to the control plane (/__admin)");
    option("state-file", "PATH", "keep the state in PATH: loaded at start, saved atomically every"
        + " --state-save-seconds and on shutdown (SIGTERM too); kill -9 loses at most one interval");
    option("state-save-seconds", "N", "how often the state file is saved (default 5)");
    flag("quiet", "no per-request log line");
    flag("version", "print the version and exit");
    OPTIONS.addOption(Option.builder("h").longOpt("help").desc("this text").build());
  }

  private static void option(String name, String value, String description) {
    OPTIONS.addOption(Option.builder().longOpt(name).hasArg().argName(value).desc(description).build());
  }

  private static void flag(String name, String description) {
    OPTIONS.addOption(Option.builder().longOpt(name).desc(description).build());
  }

  private final CommandLine line;
  /** Only the real process exits on {@code POST /__admin/shutdown}; servers from parse() refuse it. */
  private final boolean exitOnShutdownRequest;

  private Main(CommandLine line, boolean exitOnShutdownRequest) {
    this.line = line;
    this.exitOnShutdownRequest = exitOnShutdownRequest;
  }

  public static void main(String[] args) throws InterruptedException {
    LabelMockServer server;
    try {
      CommandLine line = new DefaultParser().parse(OPTIONS, args);
      if (line.hasOption("help")) {
        usage(System.out);
        return;
      }
      if (line.hasOption("version")) {
        System.out.println(version());
        return;
      }
      server = new Main(line, true).build(System.out);
    } catch (ParseException | IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      usage(System.err);
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

  /** {@code labelsdk-mock-server <version>}. */
  static String version() {
    return "labelsdk-mock-server " + MockVersion.get();
  }

  /**
   * Builds the server the arguments describe (not started), or returns null when only help or
   * the version was asked for. Bad arguments throw {@link IllegalArgumentException}.
   */
  static LabelMockServer parse(String[] args, PrintStream log) {
    CommandLine line;
    try {
      line = new DefaultParser().parse(OPTIONS, args);
    } catch (ParseException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (line.hasOption("help") || line.hasOption("version")) {
      return null;
    }
    return new Main(line, false).build(log);
  }

  private static void usage(PrintStream out) {
    HelpFormatter help = new HelpFormatter();
    help.setSyntaxPrefix("Usage: ");
    help.setWidth(100);
    java.io.PrintWriter writer = new java.io.PrintWriter(out);
    help.printHelp(writer, 100, "java -jar labelsdk-mock-server-standalone.jar [options]",
        "Stateful mock of the Refonte v1 and Clarifai v2 task APIs.", OPTIONS, 2, 2, null);
    writer.flush();
  }

  private LabelMockServer build(PrintStream log) {
    String portDefault = System.getenv("LABELSDK_MOCK_PORT") != null ? System.getenv("LABELSDK_MOCK_PORT")
        : System.getenv("PORT") != null ? System.getenv("PORT") : "8080";
    int port = integer("port", portDefault);
    int rateLimit = integer("rate-limit", String.valueOf((int) RateLimit.DEFAULT.perSecond()));
    int rateBurst = integer("rate-burst", String.valueOf(RateLimit.DEFAULT.burst()));
    int clarifaiRateLimit = integer("clarifai-rate-limit",
        String.valueOf(ClarifaiConfig.DEFAULT_RATE_LIMIT_PER_SECOND));
    int idleTimeoutSeconds = positive("idle-timeout-seconds",
        String.valueOf(LabelMockServer.DEFAULT_IDLE_TIMEOUT.toSeconds()));
    LabelMockServer.Builder server = LabelMockServer.builder()
        .host(line.getOptionValue("host", "127.0.0.1")).port(port)
        .idleTimeout(Duration.ofSeconds(idleTimeoutSeconds));
    RefonteConfig.Builder refonte = RefonteConfig.builder();
    ClarifaiConfig.Builder clarifai = ClarifaiConfig.builder();
    String modeName = line.getOptionValue("clarifai-auth-mode", "permissive");
    ClarifaiConfig.AuthMode mode = ClarifaiConfig.AuthMode.fromWire(modeName);
    if (mode == null) {
      throw new IllegalArgumentException(
          "--clarifai-auth-mode must be permissive or strict, got " + modeName);
    }
    clarifai.authMode(mode).rateLimitPerSecond(clarifaiRateLimit);
    refonte.idempotencyTtl(Duration.ofSeconds(positive("idempotency-ttl-seconds", "86400")));
    if (line.hasOption("idempotency-max-records")) {
      refonte.idempotencyMaxRecords(positive("idempotency-max-records", null));
    }
    if (line.hasOption("idempotency-max-records-per-tenant")) {
      refonte.idempotencyMaxRecordsPerTenant(positive("idempotency-max-records-per-tenant", null));
    }
    if (line.hasOption("max-tenants")) {
      refonte.maxTenants(positive("max-tenants", null));
    }
    if (line.hasOption("callback-auth-key")) {
      refonte.callbackAuthKey(line.getOptionValue("callback-auth-key"));
    }
    refonte.callbacksEnabled(!line.hasOption("no-callbacks"))
        .testModeAutoComplete(!line.hasOption("no-test-autocomplete"));
    if (line.hasOption("journal")) {
      int journal = integer("journal", null);
      refonte.requestLogCapacity(journal);
      clarifai.requestLogCapacity(journal);
      server.journalCapacity(journal);
    }
    if (line.hasOption("https-port")) {
      if (!line.hasOption("keystore")) {
        throw new IllegalArgumentException("--https-port needs --keystore");
      }
      server.https(integer("https-port", null), line.getOptionValue("keystore"),
          line.getOptionValue("keystore-password", ""));
    }
    for (String key : values("api-key")) {
      refonte.allowKey(RefonteConfig.ApiKey.of(key));
    }
    try {
      refonte.rateLimit(rateLimit == 0 ? RateLimit.UNLIMITED : new RateLimit(rateLimit, rateBurst));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--rate-limit/--rate-burst: " + e.getMessage());
    }
    if (line.hasOption("state-file")) {
      server.stateFile(java.nio.file.Path.of(line.getOptionValue("state-file")),
          Duration.ofSeconds(positive("state-save-seconds",
              String.valueOf(LabelMockServer.DEFAULT_STATE_SAVE_INTERVAL.toSeconds()))));
    }
    values("allow-host").forEach(server::allowHost);
    values("cors-origin").forEach(server::corsOrigin);
    server.corsOnControl(line.hasOption("cors-control"));
    if (!line.hasOption("quiet")) {
      server.accessLog(text -> log.println(Timestamps.format(System.currentTimeMillis()) + " " + text));
    }
    if (exitOnShutdownRequest) {
      server.onShutdownRequest(() -> System.exit(0)); // the shutdown hook stops the server
    }
    return server.refonte(refonte.build()).clarifai(clarifai.build()).build();
  }

  private List<String> values(String option) {
    String[] values = line.getOptionValues(option);
    return values == null ? List.of() : List.of(values);
  }

  private int integer(String option, String fallback) {
    String v = line.getOptionValue(option, fallback);
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + option + " needs a non-negative integer, got " + v);
    }
  }

  private int positive(String option, String fallback) {
    int n = integer(option, fallback);
    if (n < 1) {
      throw new IllegalArgumentException("--" + option + " needs a positive integer, got " + n);
    }
    return n;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? "unknown failure" : root.getMessage()
        + (root instanceof java.io.IOException ? " (is the port already in use?)" : "");
  }
}
