package dev.labelsdk.benchmarks;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import dev.labelsdk.mock.server.LabelMockServer;
import mockwebserver3.MockWebServer;

/**
 * Prints how long one server takes to start in this (fresh) JVM, class loading included:
 * {@code StartupProbe labelmock|wiremock|mockwebserver}. Run by {@link StartAndReset}.
 */
public final class StartupProbe {

  private StartupProbe() {}

  public static void main(String[] args) throws Exception {
    long begin = System.nanoTime();
    AutoCloseable server = switch (args[0]) {
      case "labelmock" -> LabelMockServer.builder().build().start();
      case "wiremock" -> {
        WireMockServer wm = new WireMockServer(WireMockConfiguration.options().port(0));
        wm.start();
        yield wm::stop;
      }
      case "mockwebserver" -> {
        MockWebServer mws = new MockWebServer();
        mws.start();
        yield mws;
      }
      default -> throw new IllegalArgumentException(args[0]);
    };
    long micros = (System.nanoTime() - begin) / 1000;
    System.out.println("started-in-micros " + micros);
    server.close();
  }
}
