package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An injected delay over a real server, in both APIs (one fault model): the answer comes when
 * the delay is over, and no server thread sleeps in between.
 */
class FaultDelayHttpTest {

  @RegisterExtension static LabelMockExtension mock = LabelMockExtension.create();

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final long DELAY_MS = 600;

  private static CompletableFuture<HttpResponse<String>> get(String url, String authorization) {
    HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).build();
    return CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Threads of the mock that sleep (a thread parked in Thread.sleep under one of our frames). */
  private static List<String> sleepingMockThreads() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
      StackTraceElement[] stack = e.getValue();
      boolean sleeping = stack.length > 0 && stack[0].getClassName().equals("java.lang.Thread")
          && stack[0].getMethodName().startsWith("sleep");
      boolean ours = false;
      for (StackTraceElement frame : stack) {
        ours |= frame.getClassName().startsWith("dev.labelsdk.mock.") && !frame.getClassName().contains("Test");
      }
      if (sleeping && ours) {
        out.add(e.getKey().getName());
      }
    }
    return out;
  }

  /** Waits (briefly) until the queued faults were taken, i.e. the request reached the API. */
  private static void awaitTaken(java.util.function.BooleanSupplier taken) throws InterruptedException {
    for (int i = 0; i < 200 && !taken.getAsBoolean(); i++) {
      Thread.sleep(5);
    }
    assertThat(taken.getAsBoolean()).as("the fault was taken").isTrue();
  }

  @Test
  void aRefonteFaultWithADelayAnswersLateWithoutASleepingThread() throws Exception {
    mock.refonte().addFault(Fault.status(503).retryAfter(1).delayMs(DELAY_MS).on("GET", "/v1/tasks"));
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<String>> pending =
        get(mock.refonteBaseUrl() + "/tasks", Http.basic("live_delay"));
    awaitTaken(() -> mock.refonte().faults().isEmpty());
    assertThat(sleepingMockThreads()).isEmpty();
    assertThat(mock.refonte().requests(10)).isEmpty(); // journaled only once answered

    HttpResponse<String> r = pending.get();
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(DELAY_MS);
    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
    assertThat(r.headers().firstValue("X-Request-Id")).get().asString().startsWith("req_");
    assertThat(mock.refonte().requests(10)).singleElement().satisfies(e -> assertThat(e.status()).isEqualTo(503));
  }

  @Test
  void aClarifaiDelayOnlyFaultProcessesTheRequestOnceTheDelayIsOver() throws Exception {
    mock.clarifai().addFault(ClarifaiFault.delay(DELAY_MS).on("GET", "/tasks$"));
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<String>> pending =
        get(mock.clarifaiBaseUrl() + "/tasks", "Key delay_key");
    awaitTaken(() -> mock.clarifai().faults().isEmpty());
    assertThat(sleepingMockThreads()).isEmpty();

    HttpResponse<String> r = pending.get();
    assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(DELAY_MS);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("\"code\":10000");
  }
}
