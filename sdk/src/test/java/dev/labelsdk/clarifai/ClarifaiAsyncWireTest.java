package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.RecordingScheduler;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Clarifai async client shares the sync path's retries, headers and waits. */
class ClarifaiAsyncWireTest extends ClarifaiWireTestBase {

  final RecordingScheduler scheduler = RecordingScheduler.immediate();

  @Test
  void getRetriesWithTheSameBackoffAndRetryCountHeaderOnTheScheduler() throws Exception {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      for (int i = 0; i < 2; i++) {
        enqueue(500, error(98004, "Internal server issue", "boom"));
      }
      enqueueTask(TASK_ID);
      Task task = c.async().tasks().get(TASK_ID).get(10, TimeUnit.SECONDS);
      assertThat(task.id()).isEqualTo(TASK_ID);
    }
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(sleeper.sleeps()).isEmpty();
    assertThat(take().getHeaders().get("X-Retry-Count")).isNull();
    assertThat(take().getHeaders().get("X-Retry-Count")).isEqualTo("1");
    assertThat(take().getHeaders().get("X-Retry-Count")).isEqualTo("2");
  }

  @Test
  void listAnswersAPageAndFailuresMapAsInTheSyncClient() throws Exception {
    try (ClarifaiClient c = builder().scheduler(scheduler).build()) {
      enqueueOk("\"tasks\":[" + task(TASK_ID) + "]");
      assertThat(c.async().tasks().list(TaskQuery.all().perPage(5)).get(10, TimeUnit.SECONDS)
          .items()).extracting(Task::id).containsExactly(TASK_ID);
      assertThat(take().getUrl().queryParameter("per_page")).isEqualTo("5");

      enqueue(404, error(54002, "Resource does not exist", "no task"));
      assertThatThrownBy(() -> c.async().tasks().get("missing").join())
          .hasCauseInstanceOf(dev.labelsdk.core.NotFoundException.class);
    }
  }
}
