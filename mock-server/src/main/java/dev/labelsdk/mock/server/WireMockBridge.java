package dev.labelsdk.mock.server;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServer;
import com.github.tomakehurst.wiremock.direct.DirectCallHttpServerFactory;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.ImmutableRequest;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * WireMock behind the front door, for users' own stubs on paths the APIs do not own. It runs
 * in WireMock's direct-call mode (no server, no port of its own: the front door hands it each
 * request) and is created on first use, so a mock whose tests add no stubs never pays its
 * start-up.
 */
final class WireMockBridge {

  /** What WireMock answered: a status, headers and body, or a fault (drop the connection). */
  record Answer(int status, Map<String, List<String>> headers, byte[] body, boolean dropConnection) {}

  /**
   * Credentials never reach WireMock's journal ({@code /__admin/requests} is readable by any
   * local client): their values are replaced before WireMock sees the request.
   */
  static final Set<String> REDACTED_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "x-api-key");
  static final String REDACTED = "[redacted]";

  private final int journalCapacity;
  private volatile WireMockServer server;
  private volatile DirectCallHttpServer direct;

  WireMockBridge(int journalCapacity) {
    this.journalCapacity = journalCapacity;
  }

  /** The WireMock server (created now if it was not yet). */
  WireMockServer server() {
    ensureStarted();
    return server;
  }

  boolean started() {
    return server != null;
  }

  /** Serves a stub request ({@code admin} false) or a WireMock admin request. */
  Answer serve(String method, String hostHeader, String target,
      Iterable<Map.Entry<String, String>> headers, byte[] body, boolean admin) {
    ensureStarted();
    ImmutableRequest.Builder b = ImmutableRequest.create()
        .withAbsoluteUrl("http://" + (hostHeader == null ? "localhost" : hostHeader) + target)
        .withMethod(RequestMethod.fromString(method))
        .withProtocol("HTTP/1.1")
        .withBody(body);
    for (Map.Entry<String, String> h : headers) {
      boolean secret = REDACTED_HEADERS.contains(h.getKey().toLowerCase(Locale.ROOT));
      b.withHeader(h.getKey(), secret ? REDACTED : h.getValue());
    }
    Response r = admin ? direct.adminRequest(b.build()) : direct.stubRequest(b.build());
    if (r.getFault() != null) {
      return new Answer(0, Map.of(), new byte[0], true);
    }
    Map<String, List<String>> out = new java.util.LinkedHashMap<>();
    for (HttpHeader h : r.getHeaders().all()) {
      out.put(h.key(), h.values());
    }
    byte[] bytes = r.getBody();
    return new Answer(r.getStatus(), out, bytes == null ? new byte[0] : bytes, false);
  }

  void reset() {
    if (server != null) {
      server.resetAll();
    }
  }

  void stop() {
    if (server != null) {
      server.stop();
    }
  }

  private synchronized void ensureStarted() {
    if (server != null) {
      return;
    }
    DirectCallHttpServerFactory factory = new DirectCallHttpServerFactory();
    WireMockConfiguration config = options()
        .httpServerFactory(factory)
        .usingFilesUnderDirectory(filesRoot())
        .gzipDisabled(true)
        .stubRequestLoggingDisabled(true)
        .extensionScanningEnabled(false);
    if (journalCapacity == 0) {
      config.disableRequestJournal();
    } else {
      config.maxRequestJournalEntries(journalCapacity);
    }
    WireMockServer wm = new WireMockServer(config);
    wm.start();
    direct = factory.getHttpServer();
    server = wm;
  }

  /**
   * A private, empty files root: WireMock's default ({@code ./src/test/resources}) may not
   * exist where the mock runs, and then {@code /__admin/files} fails.
   */
  private static String filesRoot() {
    try {
      Path root = Files.createTempDirectory("labelsdk-wiremock-");
      Files.createDirectories(root.resolve("__files"));
      Files.createDirectories(root.resolve("mappings"));
      root.toFile().deleteOnExit();
      return root.toString();
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot create WireMock's files root", e);
    }
  }
}
