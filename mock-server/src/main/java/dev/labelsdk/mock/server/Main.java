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

/**
 * The standalone mock server: {@code java -jar labelsdk-mock-server-standalone.jar [options]}.
 * Binds 127.0.0.1:8080 by default, logs one line per request, stops cleanly on SIGTERM.
 */
public final class Main {

  private static final String USAGE = """
      Usage: java -jar labelsdk-mock-server-standalone.jar [options]

        --host ADDR                 address to bind (default 127.0.0.1; 0.0.0.0 for all)
        --port N                    HTTP port (default 8080; 0 picks a free one)
        --https-port N              also serve HTTPS on N (needs --keystore)
        --keystore PATH             key store for HTTPS (JKS or PKCS12)
        --keystore-password PW      its password
        --api-key KEY               accept only these keys (repeatable; default: open mode,
                                    any test_*, live_* or *|test key)
        --rate-limit N              task creations per second per tenant (default 30; 0 = off)
        --rate-burst N              bucket size (default 30)
        --idempotency-ttl-seconds N how long Idempotency-Key outcomes are kept (default 86400)
        --callback-auth-key KEY     sent in the callback auth headers
        --no-callbacks              never deliver callbacks
        --no-test-autocomplete      test-key tasks stay pending like live ones
        --clarifai-auth-mode MODE   Clarifai keys: permissive (default: any well-formed token
                                    works, users and apps are created on first use) or
                                    strict (only keys, users and apps seeded via
                                    /__admin/clarifai/seed)
        --clarifai-rate-limit N     Clarifai requests per second per key (default 15; 0 = off)
        --journal N                 size of the request journals (default 1000; 0 = off)
        --quiet                     no per-request log line
        --help                      this text
      """;

  private Main() {}

  public static void main(String[] args) throws InterruptedException {
    LabelMockServer server;
    try {
      server = parse(args, System.out);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.print(USAGE);
      System.exit(2);
      return;
    }
    if (server == null) {
      System.out.print(USAGE);
      return;
    }
    try {
      server.start();
    } catch (RuntimeException e) {
      System.err.println("error: cannot start the server: " + rootMessage(e));
      System.exit(1);
      return;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("labelsdk mock server: stopping");
      server.stop();
      stopped.countDown();
    }, "labelsdk-shutdown"));
    System.out.println("labelsdk mock server listening on " + server.baseUrl()
        + " (Refonte API: " + server.refonteBaseUrl() + ", Clarifai API: " + server.clarifaiBaseUrl()
        + ", control: " + server.baseUrl() + "/__admin/refonte and /__admin/clarifai)");
    stopped.await();
  }

  /** Builds the server from the arguments, or returns null when only help was asked for. */
  static LabelMockServer parse(String[] args, PrintStream log) {
    LabelMockServer.Builder server = LabelMockServer.builder().port(8080);
    RefonteConfig.Builder refonte = RefonteConfig.builder();
    ClarifaiConfig.Builder clarifai = ClarifaiConfig.builder();
    List<String> keys = new ArrayList<>();
    double rate = RateLimit.DEFAULT.perSecond();
    int burst = RateLimit.DEFAULT.burst();
    Integer httpsPort = null;
    String keystore = null;
    String keystorePassword = "";
    boolean quiet = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> {
          return null;
        }
        case "--host" -> server.host(value(args, ++i, arg));
        case "--port" -> server.port(integer(args, ++i, arg));
        case "--https-port" -> httpsPort = integer(args, ++i, arg);
        case "--keystore" -> keystore = value(args, ++i, arg);
        case "--keystore-password" -> keystorePassword = value(args, ++i, arg);
        case "--api-key" -> keys.add(value(args, ++i, arg));
        case "--rate-limit" -> rate = integer(args, ++i, arg);
        case "--rate-burst" -> burst = integer(args, ++i, arg);
        case "--idempotency-ttl-seconds" ->
            refonte.idempotencyTtl(Duration.ofSeconds(integer(args, ++i, arg)));
        case "--callback-auth-key" -> refonte.callbackAuthKey(value(args, ++i, arg));
        case "--no-callbacks" -> refonte.callbacksEnabled(false);
        case "--no-test-autocomplete" -> refonte.testModeAutoComplete(false);
        case "--clarifai-auth-mode" -> {
          String mode = value(args, ++i, arg);
          ClarifaiConfig.AuthMode parsed = ClarifaiConfig.AuthMode.fromWire(mode);
          if (parsed == null) {
            throw new IllegalArgumentException(arg + " must be permissive or strict, got " + mode);
          }
          clarifai.authMode(parsed);
        }
        case "--clarifai-rate-limit" -> clarifai.rateLimitPerSecond(integer(args, ++i, arg));
        case "--journal" -> {
          int n = integer(args, ++i, arg);
          refonte.requestLogCapacity(n);
          clarifai.requestLogCapacity(n);
          server.journalCapacity(n);
        }
        case "--quiet" -> quiet = true;
        default -> throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (httpsPort != null) {
      if (keystore == null) {
        throw new IllegalArgumentException("--https-port needs --keystore");
      }
      server.https(httpsPort, keystore, keystorePassword);
    }
    keys.forEach(k -> refonte.allowKey(RefonteConfig.ApiKey.of(k)));
    try {
      refonte.rateLimit(rate == 0 ? RateLimit.UNLIMITED : new RateLimit(rate, burst));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--rate-limit/--rate-burst: " + e.getMessage());
    }
    if (!quiet) {
      server.accessLog(line -> log.println(Timestamps.format(System.currentTimeMillis()) + " " + line));
    }
    return server.refonte(refonte.build()).clarifai(clarifai.build()).build();
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage()
        + (root instanceof java.io.IOException ? " (is the port already in use?)" : "");
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int integer(String[] args, int i, String option) {
    String v = value(args, i, option);
    try {
      int n = Integer.parseInt(v);
      if (n < 0) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a non-negative integer, got " + v);
    }
  }
}
