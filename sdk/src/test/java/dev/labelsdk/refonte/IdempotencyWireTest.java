package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.TaskType;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;

/** Every create carries one Idempotency-Key per logical call, identical on each retry. */
class IdempotencyWireTest extends WireTestBase {

  static final CreateTaskRequest REQUEST = CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
      .instruction("Write a haiku").build();

  @Test
  void theSameGeneratedKeyIsSentOnEveryRetryOfOneCreate() throws Exception {
    enqueue(503, error(503, "busy"));
    server.enqueue(new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
    enqueue(429, error(429, "in flight"));
    enqueueTask(TASK_ID, "pending");

    client.tasks().create(REQUEST);

    String first = take().getHeaders().get("Idempotency-Key");
    assertThat(UUID.fromString(first).version()).isEqualTo(4);
    for (int i = 0; i < 3; i++) {
      assertThat(take().getHeaders().get("Idempotency-Key")).isEqualTo(first);
    }
  }

  @Test
  void eachCreateCallGetsItsOwnKey() throws Exception {
    enqueueTask(TASK_ID, "pending");
    enqueueTask(TASK_ID, "pending");
    client.tasks().create(REQUEST);
    client.tasks().create(REQUEST);
    assertThat(take().getHeaders().get("Idempotency-Key"))
        .isNotEqualTo(take().getHeaders().get("Idempotency-Key"));
  }

  @Test
  void aCallerKeyIsUsedAsGivenOnEveryAttempt() throws Exception {
    enqueue(500, error(500, "x"));
    enqueueTask(TASK_ID, "pending");
    client.tasks().create(REQUEST, RequestOptions.builder().idempotencyKey("order-42").build());
    assertThat(take().getHeaders().get("Idempotency-Key")).isEqualTo("order-42");
    assertThat(take().getHeaders().get("Idempotency-Key")).isEqualTo("order-42");
  }

  @Test
  void invalidCallerKeysAreRejectedBeforeSending() {
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("x".repeat(256)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("cl\u00e9").build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void otherCallsCarryNoKey() throws Exception {
    enqueueTask(TASK_ID, "canceled");
    client.tasks().cancel(TASK_ID, false,
        RequestOptions.builder().idempotencyKey("ignored-here").build());
    assertThat(take().getHeaders().get("Idempotency-Key")).isNull();
  }
}
