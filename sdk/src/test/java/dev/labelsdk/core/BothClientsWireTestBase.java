package dev.labelsdk.core;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.refonte.NoDelayServerSocketFactory;
import dev.labelsdk.refonte.RefonteClient;
import java.io.IOException;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** One MockWebServer (TCP_NODELAY sockets) and both clients pointed at it, without waits. */
abstract class BothClientsWireTestBase {

  final MockWebServer server = new MockWebServer();
  RefonteClient refonte;
  ClarifaiClient clarifai;

  @BeforeEach
  void startServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
    refonte = RefonteClient.builder().apiKey("test_x").baseUrl(server.url("/v1").toString())
        .sleeper(d -> { }).build();
    clarifai = ClarifaiClient.builder().pat("pat").appId("app").baseUrl(server.url("/").toString())
        .sleeper(d -> { }).build();
  }

  @AfterEach
  void stopServer() {
    refonte.close();
    clarifai.close();
    server.close();
  }

  /** Enqueues a JSON answer. */
  void answer(int status, String body) {
    server.enqueue(new MockResponse.Builder().code(status)
        .addHeader("Content-Type", "application/json").body(body).build());
  }
}
