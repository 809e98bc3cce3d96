package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Both clients take per-call options the same two ways: withOptions and an argument. */
class PerCallOptionsWireTest extends BothClientsWireTestBase {

  static final String REFONTE_TASK = "{\"task_id\":\"5f0c2d4e8b3a1c0012345678\",\"type\":"
      + "\"categorization\",\"status\":\"pending\",\"created_at\":\"2024-05-01T12:00:00.000Z\","
      + "\"updated_at\":\"2024-05-01T12:00:00.000Z\",\"params\":{},\"metadata\":{},"
      + "\"audits\":[]}";
  static final String CLARIFAI_TASK = "{\"status\":{\"code\":10000},\"task\":{\"id\":\"t1\"}}";
  static final RequestOptions TRACED = RequestOptions.builder().header("X-Trace", "abc").build();
  static final RequestOptions NO_RETRIES = RequestOptions.builder().maxRetries(0).build();

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(r).isNotNull();
    return r;
  }

  @Test
  void withOptionsOnTheClientOrTheResourceAndTheArgumentAllSendTheHeader() throws Exception {
    String id = "5f0c2d4e8b3a1c0012345678";
    answer(200, REFONTE_TASK);
    refonte.withOptions(TRACED).tasks().get(id);
    answer(200, REFONTE_TASK);
    refonte.tasks().withOptions(TRACED).get(id);
    answer(200, REFONTE_TASK);
    refonte.tasks().get(id, TRACED);
    answer(200, CLARIFAI_TASK);
    clarifai.withOptions(TRACED).tasks().get("t1");
    answer(200, CLARIFAI_TASK);
    clarifai.tasks().withOptions(TRACED).get("t1");
    answer(200, CLARIFAI_TASK);
    clarifai.tasks().get("t1", TRACED);
    for (int i = 0; i < 6; i++) {
      assertThat(take().getHeaders().get("X-Trace")).as("request %d", i).isEqualTo("abc");
    }
  }

  @Test
  void optionsApplyOnlyWhereGiven() throws Exception {
    answer(200, REFONTE_TASK);
    refonte.tasks().withOptions(TRACED);
    refonte.tasks().get("5f0c2d4e8b3a1c0012345678");
    answer(200, CLARIFAI_TASK);
    clarifai.tasks().withOptions(TRACED);
    clarifai.tasks().get("t1");
    assertThat(take().getHeaders().get("X-Trace")).isNull();
    assertThat(take().getHeaders().get("X-Trace")).isNull();
  }

  @Test
  void retriesSetPerCallApplyToBothClients() {
    answer(503, "{\"status_code\":503,\"error\":\"down\"}");
    assertThatThrownBy(() -> refonte.tasks().get("5f0c2d4e8b3a1c0012345678", NO_RETRIES))
        .isInstanceOf(ServerException.class);
    answer(503, "{\"status\":{\"code\":98004}}");
    assertThatThrownBy(() -> clarifai.tasks().get("t1", NO_RETRIES))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).as("one attempt each").isEqualTo(2);
  }

  @Test
  void anIdempotencyKeyBelongsToOneCallNotToWithOptions() {
    RequestOptions keyed = RequestOptions.builder().idempotencyKey("row-17").build();
    assertThatThrownBy(() -> refonte.withOptions(keyed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one call");
    assertThatThrownBy(() -> refonte.tasks().withOptions(keyed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> clarifai.tasks().get("t1", keyed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no idempotency keys");
    assertThat(server.getRequestCount()).isZero();
  }
}
