package dev.labelsdk.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskType;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Reliability 1: 1,000 creates through RefonteClient while the mock answers about 20% of
 * create attempts with "commit then 5xx", 10% with a connection reset and 10% with a 429 and
 * Retry-After. Exactly 1,000 tasks must exist afterwards: none duplicated, none lost. Fixed
 * seed; the client's sleeper only counts, so nothing waits.
 */
class ExactlyOnceUnderFaultsTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withRefonte(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build());

  private static final int CREATES = 1_000;

  @Test
  void everyCreateLandsExactlyOnce() {
    Random random = new Random(20261123L);
    AtomicInteger sleeps = new AtomicInteger();
    int[] injected = new int[4]; // commit-then-5xx, reset before, reset after, 429
    try (RefonteClient client = RefonteClient.builder()
        .apiKey("live_reliability")
        .baseUrl(mock.refonteBaseUrl())
        .maxRetries(8)
        .sleeper(d -> sleeps.incrementAndGet())
        .build()) {
      Set<String> returned = new HashSet<>();
      for (int i = 0; i < CREATES; i++) {
        // Up to three faults in a row for this create's attempts (each retry draws again).
        for (int attempt = 0; attempt < 3; attempt++) {
          double roll = random.nextDouble();
          Fault fault;
          if (roll < 0.20) {
            fault = Fault.status(random.nextBoolean() ? 500 : 503).afterProcessing();
            injected[0]++;
          } else if (roll < 0.25) {
            fault = Fault.reset();
            injected[1]++;
          } else if (roll < 0.30) {
            fault = Fault.reset().afterProcessing();
            injected[2]++;
          } else if (roll < 0.40) {
            fault = Fault.status(429).retryAfter(1);
            injected[3]++;
          } else {
            break;
          }
          mock.refonte().addFault(fault.on("POST", "/v1/task/"));
        }
        CreateTaskRequest.Builder request = CreateTaskRequest.builder(TaskType.IMAGE_ANNOTATION)
            .attachment("https://example.com/" + i + ".jpg")
            .param("geometries", java.util.Map.of("box", java.util.Map.of("objects_to_annotate", List.of("car"))));
        if (i % 2 == 0) {
          request.uniqueId("image-" + i); // half rely on unique_id too, half on the key alone
        }
        Task task = client.tasks().create(request.build());
        assertThat(returned.add(task.taskId())).as("create %d returned a task already returned", i).isTrue();
        assertThat(mock.refonte().faults()).as("create %d left faults unconsumed", i).isEmpty();
      }

      Set<String> stored = new HashSet<>();
      client.tasks().listAll(TaskListRequest.builder().limit(100).build())
          .forEach(t -> stored.add(t.taskId()));
      assertThat(stored).hasSize(CREATES).isEqualTo(returned);
      System.out.printf("exactly-once: %d creates, faults injected: %d commit-then-5xx, %d resets"
              + " before, %d resets after, %d 429s; %d client retries%n",
          CREATES, injected[0], injected[1], injected[2], injected[3], sleeps.get());
      assertThat(injected[0]).isGreaterThan(150);
      assertThat(injected[1] + injected[2]).isGreaterThan(75);
      assertThat(injected[3]).isGreaterThan(75);
    }
  }
}
