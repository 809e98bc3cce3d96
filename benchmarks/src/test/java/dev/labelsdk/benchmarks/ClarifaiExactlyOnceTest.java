package dev.labelsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.model.InputSource;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.clarifai.model.TaskReview;
import dev.labelsdk.clarifai.model.TaskType;
import dev.labelsdk.clarifai.model.TaskWorker;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reliability 1, Clarifai half: 1,000 task creates through ClarifaiClient under the same mix
 * of faults. Clarifai has no idempotency key, so retrying a create is safe only because each
 * task carries a client-set id: a retry after a lost answer gets 40010 and the client fetches
 * the task the first attempt made. Exactly 1,000 tasks must exist afterwards.
 */
class ClarifaiExactlyOnceTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final int CREATES = 1_000;

  @Test
  void everyCreateWithAClientIdLandsExactlyOnce() {
    Random random = new Random(20261124L);
    AtomicInteger retries = new AtomicInteger();
    int[] injected = new int[3]; // commit-then-5xx, dropped connection, throttled
    try (ClarifaiClient client = ClarifaiClient.builder().pat("reliability-token")
        .userId("mock-user").appId("mock-app").baseUrl(mock.baseUrl())
        .maxRetries(8).sleeper(d -> retries.incrementAndGet()).build()) {
      Set<String> returned = new HashSet<>();
      for (int i = 0; i < CREATES; i++) {
        for (int attempt = 0; attempt < 3; attempt++) {
          double roll = random.nextDouble();
          ClarifaiFault fault;
          if (roll < 0.20) {
            fault = ClarifaiFault.status(98004).afterProcessing();
            injected[0]++;
          } else if (roll < 0.30) {
            fault = ClarifaiFault.drop();
            injected[1]++;
          } else if (roll < 0.40) {
            fault = ClarifaiFault.status(11005).retryAfter(1);
            injected[2]++;
          } else {
            break;
          }
          mock.clarifai().addFault(fault.on("POST", "/tasks$"));
        }
        Task created = client.tasks().create(Task.builder()
            .id("task-" + i)
            .name("image " + i)
            .type(TaskType.CONCEPTS_CLASSIFICATION)
            .concepts("water")
            .worker(TaskWorker.full("labeler"))
            .inputSource(InputSource.allInputs())
            .review(TaskReview.none())
            .build());
        assertThat(created.id()).isEqualTo("task-" + i);
        assertThat(returned.add(created.id())).isTrue();
        assertThat(mock.clarifai().faults()).as("create %d left faults unconsumed", i).isEmpty();
      }
      Set<String> stored = new HashSet<>();
      client.tasks().listAll(TaskQuery.all().perPage(1_000)).forEach(t -> stored.add(t.id()));
      assertThat(stored).hasSize(CREATES).isEqualTo(returned);
      System.out.printf("clarifai exactly-once: %d creates, faults injected: %d commit-then-5xx,"
          + " %d dropped connections, %d throttled; %d client retries%n",
          CREATES, injected[0], injected[1], injected[2], retries.get());
      assertThat(injected[0]).isGreaterThan(150);
      assertThat(injected[1]).isGreaterThan(75);
      assertThat(injected[2]).isGreaterThan(75);
    }
  }
}
