package dev.labelsdk.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.labelsdk.mock.server.LabelMockServer;
import mockwebserver3.MockWebServer;

/**
 * Prints how long one server takes to start in this (fresh) JVM, class loading included, and
 * to answer its first request (for the mock, an API request, so JSON is set up too):
 * {@code StartupProbe labelmock|wiremock|mockwebserver}. Run by {@link StartAndReset}.
 */
public final class StartupProbe {

  private StartupProbe() {}

  public static void main(String[] args) throws Exception {
    long begin = System.nanoTime();
    String firstRequest;
    AutoCloseable server;
    switch (args[0]) {
      case "labelmock" -> {
        LabelMockServer mock = LabelMockServer.builder().build().start();
        firstRequest = mock.refonteBaseUrl() + "/tasks";
        server = mock;
      }
      case "wiremock" -> {
        WireMockServer wm = new WireMockServer(WireMockConfiguration.options().port(0));
        wm.start();
        firstRequest = "http://127.0.0.1:" + wm.port() + "/v1/tasks"; // no stub: WireMock's 404
        server = wm::stop;
      }
      case "mockwebserver" -> {
        MockWebServer mws = new MockWebServer();
        mws.start();
        mws.enqueue(new mockwebserver3.MockResponse.Builder().code(200).build());
        firstRequest = mws.url("/v1/tasks").toString();
        server = mws;
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
    long started = System.nanoTime();
    java.net.HttpURLConnection c = (java.net.HttpURLConnection) java.net.URI.create(firstRequest).toURL().openConnection();
    c.setRequestProperty("Authorization", "Basic " + java.util.Base64.getEncoder()
        .encodeToString("live_probe:".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    c.getResponseCode();
    c.getErrorStream();
    long answered = System.nanoTime();
    System.out.println("started-in-micros " + (started - begin) / 1000);
    System.out.println("answered-in-micros " + (answered - begin) / 1000);
    server.close();
  }
}
