package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.CallbackVerifier;
import dev.labelsdk.refonte.RecordingSleeper;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.Categorization;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskCallback;
import dev.labelsdk.refonte.model.TaskStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Callbacks the mock sends parse into {@link TaskCallback} and verify with the auth key. */
class CallbackE2eTest {

  record Delivery(Map<String, String> headers, byte[] body) {}

  static final List<Delivery> DELIVERIES = new CopyOnWriteArrayList<>();

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.configured(b -> b.callbackSender(
      (url, headers, body, timeout) -> {
        DELIVERIES.add(new Delivery(Map.copyOf(headers), body.clone()));
        return CompletableFuture.completedFuture(200);
      }));

  @Test
  void aCompletionCallbackVerifiesAndParses() {
    DELIVERIES.clear();
    try (RefonteClient client = E2eSupport.client(MOCK, "live_callbacks",
        new RecordingSleeper())) {
      Task task = client.tasks().create(Categorization.builder()
          .attachment("https://e.com/a.jpg").categories("cat", "dog")
          .callbackUrl("https://hooks.example.com/refonte").build());
      MOCK.refonte().complete(task.taskId(), Map.of("category", "dog"));
      assertThat(MOCK.refonte().awaitCallbacks(Duration.ofSeconds(5))).isTrue();
    }
    assertThat(DELIVERIES).hasSize(1);
    Delivery delivery = DELIVERIES.get(0);

    CallbackVerifier verifier = CallbackVerifier.withKey("refonte-mock-callback-auth");
    TaskCallback callback = verifier.verifyAndParse(delivery.headers(), delivery.body());
    assertThat(callback.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(callback.task().taskId()).isEqualTo(callback.taskId());
    assertThat(callback.response().flatMap(r -> r.getString("category"))).contains("dog");

    assertThatThrownBy(() -> CallbackVerifier.withKey("another-key")
        .verifyAndParse(delivery.headers(), delivery.body()))
        .isInstanceOf(SecurityException.class);
  }
}
