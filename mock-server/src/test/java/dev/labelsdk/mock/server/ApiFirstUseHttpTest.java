package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.http.Fault;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Each API is built on its first use (a launch answers its first request sooner): requests and
 * calls that race to be an API's first all land in the one API, and a reset before any use
 * changes nothing.
 */
class ApiFirstUseHttpTest {

  private static final String TASK =
      "{\"instruction\":\"Big?\",\"attachment_type\":\"text\",\"attachment\":\"car\","
          + "\"categories\":[\"big\",\"small\"]}";

  @Test
  void racingFirstRequestsToAnApiAllLandInOneApi() throws Exception {
    try (LabelMockServer server = LabelMockServer.builder().build().start()) {
      Http live = new Http(server.refonteBaseUrl(), "live_first");
      int n = 16;
      ExecutorService clients = Executors.newFixedThreadPool(n);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Response>> creates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          creates.add(clients.submit(() -> {
            go.await();
            return live.post("/task/categorization", TASK);
          }));
        }
        go.countDown();
        for (Future<Http.Response> create : creates) {
          assertThat(create.get().status()).isEqualTo(200);
        }
      } finally {
        clients.shutdownNow();
      }

      JsonNode page = live.get("/tasks?limit=100").json();
      assertThat(page.get("total").asInt()).isEqualTo(n);
    }
  }

  @Test
  void racingFirstJavaCallsAllLandInOneApi() throws Exception {
    try (LabelMockServer server = LabelMockServer.builder().build().start()) {
      int n = 16;
      ExecutorService callers = Executors.newFixedThreadPool(n);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> adds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          adds.add(callers.submit(() -> {
            go.await();
            server.refonte().addFault(Fault.status(503));
            return null;
          }));
        }
        go.countDown();
        for (Future<?> add : adds) {
          add.get();
        }
      } finally {
        callers.shutdownNow();
      }

      assertThat(server.refonte().faults()).hasSize(n);
    }
  }

  @Test
  void aResetBeforeAnyRequestLeavesBothApisAsNew() {
    try (LabelMockServer server = LabelMockServer.builder().build().start()) {
      server.reset();

      Http live = new Http(server.refonteBaseUrl(), "live_after_reset");
      assertThat(live.post("/task/categorization", TASK).status()).isEqualTo(200);
      assertThat(live.get("/tasks").json().get("total").asInt()).isEqualTo(1);
      Http.Response clarifai = new Http(server.baseUrl(), null).get("/v2/tasks");
      assertThat(clarifai.status()).isEqualTo(401); // no key: refused in the API's own shape
      assertThat(clarifai.json().get("status").get("code").asInt()).isEqualTo(11102);
    }
  }
}
