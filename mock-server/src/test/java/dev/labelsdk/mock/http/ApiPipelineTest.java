package dev.labelsdk.mock.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The steps both APIs share around their wire layer, with a wire that only records. */
class ApiPipelineTest {

  private final FaultQueue faults = new FaultQueue();
  private final RequestJournal journal = new RequestJournal(10);
  private final AtomicLong now = new AtomicLong(1_000);
  private final List<String> processed = new ArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();

  /** Answers 200 with the path, faults as 5xx with the request id in the body, ids as headers. */
  private final ApiPipeline.Wire wire = new ApiPipeline.Wire() {
    @Override
    public String requestId() {
      return "id" + ids.incrementAndGet();
    }

    @Override
    public ApiResponse process(ApiRequest request, String requestId) {
      processed.add(request.normalisedPath());
      return ApiResponse.json(200, "{\"path\":\"" + request.normalisedPath() + "\"}");
    }

    @Override
    public ApiResponse faultAnswer(Fault fault, ApiRequest request, String requestId) {
      if (fault.status() == null) {
        return null;
      }
      ApiResponse r = ApiResponse.json(fault.status(), "{\"fault\":\"" + requestId + "\"}");
      return fault.retryAfterSeconds() == null ? r : r.withHeader("Retry-After", "" + fault.retryAfterSeconds());
    }

    @Override
    public ApiResponse malformed(ApiRequest request, MalformedRequestException e, String requestId) {
      return ApiResponse.json(400, "{}");
    }

    @Override
    public ApiResponse stamp(ApiResponse response, String requestId) {
      return response.withHeader("X-Id", requestId);
    }
  };

  private final ApiPipeline pipeline = new ApiPipeline(wire, faults, journal, now::get);

  private ApiResponse call(String method, String path) {
    return pipeline.handle(ApiRequest.builder(method, path).body("{}".getBytes(StandardCharsets.UTF_8)).build());
  }

  @Test
  void withoutFaultsEveryRequestIsProcessedStampedAndJournaled() {
    ApiResponse r = call("GET", "/v1/tasks");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("X-Id")).isEqualTo("id1");
    assertThat(processed).containsExactly("/v1/tasks");
    assertThat(journal.latest(1)).singleElement().satisfies(e -> {
      assertThat(e.status()).isEqualTo(200);
      assertThat(e.at()).isEqualTo(1_000);
    });
  }

  @Test
  void aFaultBeforeProcessingChangesNothingAndOneAfterLosesOnlyTheAnswer() {
    faults.add(Fault.status(503).retryAfter(2).on("POST", "/v1/task/"));
    faults.add(Fault.status(500).afterProcessing());

    ApiResponse before = call("POST", "/v1/task/x");
    assertThat(before.status()).isEqualTo(503);
    assertThat(before.header("Retry-After")).isEqualTo("2");
    assertThat(before.bodyText()).contains("id1"); // the fault's answer carries the request's id
    assertThat(processed).isEmpty();

    ApiResponse after = call("POST", "/v1/task/x");
    assertThat(after.status()).isEqualTo(500);
    assertThat(after.header("X-Id")).isEqualTo("id2");
    assertThat(processed).containsExactly("/v1/task/x");
    assertThat(journal.latest(2)).extracting(RequestJournal.Entry::status).containsExactly(500, 503);
  }

  @Test
  void aDroppedConnectionHasNoHeadersAndIsJournaledAsZero() {
    faults.add(Fault.reset());
    faults.add(Fault.reset().afterProcessing());
    assertThat(call("GET", "/a").isConnectionReset()).isTrue();
    assertThat(processed).isEmpty();
    ApiResponse lost = call("GET", "/b");
    assertThat(lost.isConnectionReset()).isTrue();
    assertThat(lost.headers()).isEmpty();
    assertThat(processed).containsExactly("/b");
    assertThat(journal.latest(2)).extracting(RequestJournal.Entry::status).containsExactly(0, 0);
  }

  @Test
  void aDelayDefersProcessingAndTheJournalUntilTheAnswerIsResolved() {
    faults.add(Fault.delay(250));
    faults.add(Fault.status(502).delayMs(100));

    ApiResponse waiting = call("GET", "/slow");
    assertThat(waiting.isDeferred()).isTrue();
    assertThat(waiting.delayMillis()).isEqualTo(250);
    assertThat(processed).isEmpty(); // nothing happens during the delay
    assertThat(journal.size()).isZero();
    now.addAndGet(250);
    ApiResponse done = waiting.resolve();
    assertThat(done.status()).isEqualTo(200);
    assertThat(processed).containsExactly("/slow");
    assertThat(journal.latest(1).get(0).at()).isEqualTo(1_250);

    ApiResponse failing = call("GET", "/slow");
    assertThat(failing.delayMillis()).isEqualTo(100);
    assertThat(failing.resolve().status()).isEqualTo(502);
    assertThat(processed).hasSize(1);
  }

  @Test
  void aPathThatCannotBeDecodedIsTheWiresMalformedAnswer() {
    ApiResponse r = call("GET", "/v1/bad%zz");
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.header("X-Id")).isEqualTo("id1");
    assertThat(journal.size()).isEqualTo(1);
  }
}
