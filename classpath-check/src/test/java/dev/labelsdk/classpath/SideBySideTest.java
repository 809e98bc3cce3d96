package dev.labelsdk.classpath;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.ImageAnnotation;
import dev.labelsdk.refonte.model.Task;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Jetty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A user's test suite with its own Jetty 12.1 server (as Spring Boot 3.2+ brings), an older
 * Jackson 2.x and another Guava: the JUnit extension, the mock's WireMock stubs and both SDK
 * clients work next to it in one JVM.
 */
class SideBySideTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  private static Server userServer;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void startTheUsersOwnJetty() throws Exception {
    userServer = new Server();
    ServerConnector connector = new ServerConnector(userServer);
    connector.setHost("127.0.0.1");
    userServer.addConnector(connector);
    userServer.setHandler(new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.write(true, ByteBuffer.wrap("users-app".getBytes(StandardCharsets.UTF_8)), callback);
        return true;
      }
    });
    userServer.start();
  }

  @AfterAll
  static void stopIt() throws Exception {
    userServer.stop();
  }

  @Test
  void theClasspathHoldsTheUsersVersions() {
    assertThat(Jetty.VERSION).isEqualTo(System.getProperty("user.jetty.version")).startsWith("12.1.");
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("2.19.");
    assertThat(com.google.common.collect.ImmutableList.of("guava").get(0)).isEqualTo("guava");
    // The mock's own Jetty is relocated: it is not the user's.
    assertThat(MOCK.server().getClass().getProtectionDomain().getCodeSource().getLocation().toString())
        .doesNotContain("jetty-server");
  }

  @Test
  void theMockTheSdkAndTheUsersServerAnswerSideBySide() throws Exception {
    try (RefonteClient refonte = RefonteClient.builder().apiKey("test_side_by_side")
        .baseUrl(MOCK.refonteBaseUrl()).build()) {
      Task created = refonte.tasks().create(ImageAnnotation.builder()
          .attachment("https://example.com/a.jpg").geometry(dev.labelsdk.refonte.model.Geometry.box("car"))
          .uniqueId("side-1").build());
      assertThat(refonte.tasks().get(created.taskId()).uniqueId()).hasValue("side-1");
    }
    try (ClarifaiClient clarifai = ClarifaiClient.builder().pat("side-pat").appId("app")
        .baseUrl(MOCK.server().clarifaiBaseUrl().replaceAll("/v2$", "")).build()) {
      assertThat(clarifai.tasks().create(dev.labelsdk.clarifai.model.Task.builder().name("t").build()).id())
          .isNotBlank();
    }
    MOCK.server().wireMock().stubFor(get("/users-stub").willReturn(ok("stubbed")));
    assertThat(body(MOCK.baseUrl() + "/users-stub")).isEqualTo("stubbed");
    assertThat(body("http://127.0.0.1:" + ((ServerConnector) userServer.getConnectors()[0]).getLocalPort()))
        .isEqualTo("users-app");
  }

  private static String body(String url) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
  }
}
