package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.refonte.RefonteClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * The headers every request carries (the key, the SDK's User-Agent, {@code Accept}) reach the
 * API once each, with or without application interceptors on a given OkHttp client, and those
 * interceptors never see the key (a logging interceptor would print it).
 */
class ClientHeadersWireTest extends BothClientsWireTestBase {

  private static final String REFONTE_TASK = "{\"task_id\":\"t1\",\"type\":\"imageannotation\","
      + "\"status\":\"pending\",\"created_at\":\"2026-01-01T00:00:00.000Z\"}";
  private static final String CLARIFAI_TASK = "{\"status\":{\"code\":10000,\"description\":\"Ok\"},"
      + "\"task\":{\"id\":\"t1\"}}";

  private final List<Request> seen = new CopyOnWriteArrayList<>();

  /** An OkHttp client whose application interceptor records what it is given. */
  private OkHttpClient recording() {
    return new OkHttpClient.Builder().addInterceptor(chain -> {
      seen.add(chain.request());
      return chain.proceed(chain.request());
    }).build();
  }

  @Test
  void withoutInterceptorsEachRequestCarriesTheHeadersOnce() throws Exception {
    answer(200, REFONTE_TASK);
    refonte.tasks().get("t1");
    answer(200, CLARIFAI_TASK);
    clarifai.tasks().get("t1");
    answer(200, REFONTE_TASK);
    refonte.async().tasks().get("t1").get(5, TimeUnit.SECONDS);

    assertSdkHeaders(take(), "Basic ", "refonte-java/");
    assertSdkHeaders(take(), "Key pat", "labelsdk-clarifai-java/");
    assertSdkHeaders(take(), "Basic ", "refonte-java/");
  }

  @Test
  void applicationInterceptorsOfAGivenClientNeverSeeTheKey() throws Exception {
    OkHttpClient given = recording();
    try (RefonteClient r = RefonteClient.builder().apiKey("test_x")
            .baseUrl(server.url("/v1").toString()).httpClient(given).build();
        ClarifaiClient c = ClarifaiClient.builder().pat("pat").appId("app")
            .baseUrl(server.url("/").toString()).httpClient(given).build()) {
      answer(200, REFONTE_TASK);
      r.tasks().get("t1");
      answer(200, CLARIFAI_TASK);
      c.tasks().get("t1");
      answer(200, CLARIFAI_TASK);
      c.async().tasks().get("t1").get(5, TimeUnit.SECONDS);
    }

    assertThat(seen).hasSize(3);
    assertThat(seen).allSatisfy(request -> assertThat(request.header("Authorization")).isNull());
    assertSdkHeaders(take(), "Basic ", "refonte-java/");
    assertSdkHeaders(take(), "Key pat", "labelsdk-clarifai-java/");
    assertSdkHeaders(take(), "Key pat", "labelsdk-clarifai-java/");
    given.dispatcher().executorService().shutdown();
  }

  @Test
  void theSdkHeadersWinOverAnInterceptorsOwn() throws Exception {
    OkHttpClient given = new OkHttpClient.Builder().addInterceptor(chain -> chain.proceed(
        chain.request().newBuilder().header("User-Agent", "corp/1").header("Accept", "text/plain")
            .header("Authorization", "Bearer other").build())).build();
    try (RefonteClient r = RefonteClient.builder().apiKey("test_x")
        .baseUrl(server.url("/v1").toString()).httpClient(given).build()) {
      answer(200, REFONTE_TASK);
      r.tasks().get("t1");
    }
    assertSdkHeaders(take(), "Basic ", "refonte-java/");
    given.dispatcher().executorService().shutdown();
  }

  private RecordedRequest take() throws InterruptedException {
    return server.takeRequest(5, TimeUnit.SECONDS);
  }

  private static void assertSdkHeaders(RecordedRequest request, String authorization,
      String userAgent) {
    assertThat(request.getHeaders().values("Authorization")).singleElement().asString()
        .startsWith(authorization);
    assertThat(request.getHeaders().values("User-Agent")).singleElement().asString()
        .startsWith(userAgent);
    assertThat(request.getHeaders().values("Accept")).containsExactly("application/json");
  }
}
