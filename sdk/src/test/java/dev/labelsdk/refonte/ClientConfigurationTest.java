package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.nio.charset.StandardCharsets;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientConfigurationTest extends WireTestBase {

  @Test
  void missingKeyFailsFastSayingWhatToDo() {
    assertThatThrownBy(() -> RefonteClient.builder().environment(name -> null).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("apiKey(")
        .hasMessageContaining("REFONTE_API_KEY");
    assertThatThrownBy(() -> RefonteClient.builder().environment(name -> "  ").build())
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RefonteClient.builder().apiKey("").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("blank");
  }

  @Test
  void keyWithATrailingNewlineIsRejected() {
    assertThatThrownBy(() -> RefonteClient.builder().apiKey("live_abc\n").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing newline");
  }

  @Test
  void keyComesFromTheEnvironmentWhenNotGiven() throws Exception {
    try (RefonteClient fromEnv = builder().apiKey(null)
        .environment(name -> name.equals("REFONTE_API_KEY") ? "live_from_env" : null).build()) {
      enqueueTask(TASK_ID, "pending");
      fromEnv.tasks().get(TASK_ID);
      assertThat(take().getHeaders().get("Authorization"))
          .isEqualTo("Basic " + base64("live_from_env:"));
    }
  }

  @Test
  void sendsBasicAuthPreemptivelyAndTheUserAgent() throws Exception {
    try (RefonteClient c = builder().userAgentSuffix("my-app/2.1").build()) {
      enqueueTask(TASK_ID, "pending");
      c.tasks().get(TASK_ID);
    }
    RecordedRequest r = take();
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(r.getHeaders().get("Authorization")).isEqualTo("Basic " + base64("test_wire:"));
    assertThat(r.getHeaders().get("User-Agent")).matches("refonte-java/\\d[^ ]* my-app/2\\.1");
    assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
  }

  @Test
  void baseUrlWorksWithOrWithoutTrailingSlash() throws Exception {
    for (String base : new String[] {server.url("/v1").toString(), server.url("/v1/").toString(),
        server.url("/v1//").toString()}) {
      try (RefonteClient c = builder().baseUrl(base).build()) {
        enqueueTask(TASK_ID, "pending");
        c.tasks().get(TASK_ID);
        assertThat(take().getUrl().encodedPath()).isEqualTo("/v1/task/" + TASK_ID);
        assertThat(c.baseUrl()).endsWith("/v1/");
      }
    }
    assertThat(RefonteClient.builder().apiKey("k").build().baseUrl())
        .isEqualTo("https://api.refonte.com/v1/");
  }

  @Test
  void malformedBaseUrlIsRejected() {
    assertThatThrownBy(() -> builder().baseUrl("api.refonte.com/v1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("absolute http(s)");
  }

  @Test
  void closedClientRefusesCallsAndLeavesACallerSuppliedHttpClientRunning() {
    OkHttpClient shared = new OkHttpClient();
    RefonteClient c = builder().httpClient(shared).build();
    c.close();
    c.close();
    assertThatThrownBy(() -> c.tasks().get(TASK_ID)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();

    RefonteClient owning = builder().build();
    owning.close();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void callerSuppliedHttpClientIsUsedWithItsInterceptors() throws Exception {
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("X-Corp-Proxy", "1").build()))
        .build();
    try (RefonteClient c = builder().httpClient(shared).build()) {
      enqueueTask(TASK_ID, "pending");
      c.tasks().get(TASK_ID);
    }
    RecordedRequest r = take();
    assertThat(r.getHeaders().get("X-Corp-Proxy")).isEqualTo("1");
    assertThat(r.getHeaders().get("Authorization")).startsWith("Basic ");
    shared.dispatcher().executorService().shutdown();
  }

  @Test
  void toStringDoesNotLeakTheKey() {
    assertThat(client.toString()).doesNotContain("test_wire");
  }

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
