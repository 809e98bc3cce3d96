package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.refonte.NoDelayServerSocketFactory;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The retry decorator on its own, with a minimal protocol: status 200 succeeds, others fail. */
class CallExecutorTest {

  interface Service {
    Call get(Map<String, String> headers);
  }

  /** Answers the body's {@code value}; any other status is a ServerException. */
  static final class TestProtocol implements CallExecutor.Protocol {
    @Override
    public ApiException connectionFailure(Request request, IOException cause) {
      return new ConnectionException("no answer", ErrorResponse.none(), cause);
    }

    @Override
    public <T> T read(Response response, byte[] body, Decoder<T> decoder) {
      if (response.code() != 200) {
        ErrorResponse r = new ErrorResponse(response.code(), "failed", new String(body), null,
            null);
        throw new ServerException("HTTP " + response.code(), r, null);
      }
      try {
        return decoder.decode(body);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void addRetryHeaders(Map<String, String> headers, int retry) {
      headers.put("X-Retry", Integer.toString(retry));
    }
  }

  static final RetryClassifier SERVER_ERRORS = failure -> failure instanceof ServerException;

  final MockWebServer server = new MockWebServer();
  final List<Duration> waits = new ArrayList<>();
  final AtomicBoolean closed = new AtomicBoolean();
  OkHttpClient http;
  Service service;
  CallExecutor executor;

  @BeforeEach
  void start() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
    http = new OkHttpClient();
    Endpoints endpoints = new Endpoints(server.url("/"), http);
    service = headers -> endpoints.get("thing").call(headers);
    executor = new CallExecutor("TestClient", new Retrier(RetryPolicy.defaults(), waits::add,
        () -> 0.0), new TestProtocol(), RequestOptions.builder().maxRetries(2).build(), closed);
  }

  @AfterEach
  void stop() {
    http.dispatcher().executorService().shutdown();
    server.close();
  }

  void answer(int status) {
    server.enqueue(new MockResponse.Builder().code(status).body("{\"value\":" + status + "}")
        .build());
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return r;
  }

  int get(CallExecutor e) {
    return e.execute(SERVER_ERRORS, service::get,
        Decoder.tree(json -> json.get("value").intValue()));
  }

  @Test
  void retriesWhatTheClassifierAllowsWithTheProtocolsRetryHeaders() throws Exception {
    answer(503);
    answer(502);
    answer(200);
    assertThat(get(executor)).isEqualTo(200);
    assertThat(take().getHeaders().get("X-Retry")).isNull();
    assertThat(take().getHeaders().get("X-Retry")).isEqualTo("1");
    assertThat(take().getHeaders().get("X-Retry")).isEqualTo("2");
    assertThat(waits).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
  }

  @Test
  void stopsWhenTheClassifierSaysNoOrTheRetriesAreUsedUp() {
    answer(503);
    assertThatThrownBy(() -> executor.execute(RetryClassifier.NEVER, service::get,
        Decoder.tree(json -> 0))).isInstanceOf(ServerException.class);
    answer(503);
    answer(503);
    answer(503);
    assertThatThrownBy(() -> get(executor)).isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void aRecoveryTurnsAFailureIntoAResultKnowingTheEarlierOnes() {
    answer(503);
    answer(409);
    List<Integer> earlierStatuses = new ArrayList<>();
    int result = executor.execute(failure -> ((ApiException) failure).httpStatus() == 503,
        service::get, Decoder.tree(json -> 0), (failure, earlier) -> {
          earlier.forEach(e -> earlierStatuses.add(((ApiException) e).httpStatus()));
          return failure.httpStatus() == 409 ? Optional.of(-1) : Optional.empty();
        });
    assertThat(result).isEqualTo(-1);
    assertThat(earlierStatuses).containsExactly(503);
  }

  @Test
  void optionsAddHeadersAndRetriesPerCallWithoutChangingTheExecutor() throws Exception {
    answer(503);
    CallExecutor once = executor.with(RequestOptions.builder().maxRetries(0)
        .header("X-Trace", "t1").build());
    assertThatThrownBy(() -> get(once)).isInstanceOf(ServerException.class);
    assertThat(take().getHeaders().get("X-Trace")).isEqualTo("t1");
    answer(200);
    assertThat(get(executor)).isEqualTo(200);
    assertThat(take().getHeaders().get("X-Trace")).isNull();
    assertThat(executor.options().maxRetries()).contains(2);
  }

  @Test
  void withOptionsRefusesAnIdempotencyKeyAndAClosedClientRefusesCalls() {
    assertThatThrownBy(() -> executor.withOptions(RequestOptions.builder()
        .idempotencyKey("k1").build())).isInstanceOf(IllegalArgumentException.class);
    assertThat(executor.with(RequestOptions.builder().idempotencyKey("k1").build()).options()
        .idempotencyKey()).contains("k1");
    closed.set(true);
    assertThatThrownBy(() -> get(executor)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TestClient is closed");
    assertThat(server.getRequestCount()).isZero();
  }
}
