package dev.labelsdk.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Stopping a run: by {@link BulkOptions.Builder#stopWhen} from its own progress, or by
 * {@link BulkJob#cancel()} from outside. Items are answered by the test, one at a time, so
 * what is sent after the stop is exact.
 */
class BulkStopTest {

  /** Holds every sent item's future until the test answers it. */
  private final List<CompletableFuture<BulkOutcome<String>>> sent = new ArrayList<>();

  private BulkJob<String> start(int items, BulkOptions options) {
    List<Integer> input = IntStream.range(0, items).boxed().toList();
    return BulkRunner.start(BulkInput.of(input), (item, index) -> "item-" + item,
        (index, item, identity, runId) -> {
          CompletableFuture<BulkOutcome<String>> f = new CompletableFuture<>();
          sent.add(f);
          return f;
        }, null, options);
  }

  private void answer(int i) {
    sent.get(i).complete(BulkOutcome.created(i, "item-" + i, "r" + i, "id-" + i));
  }

  @Test
  void stopWhenStartsNothingAfterTheReportItAccepts() {
    BulkJob<String> job = start(10, BulkOptions.builder().concurrency(3)
        .stopWhen(p -> p.done() >= 2).build());
    assertThat(sent).hasSize(3);
    answer(0);
    assertThat(sent).as("one done: the next starts").hasSize(4);
    answer(1);
    assertThat(sent).as("two done: the run stops, nothing new starts").hasSize(4);
    assertThat(job.result()).as("the items in flight finish first").isNotDone();
    answer(2);
    answer(3);

    BulkResult<String> result = job.join();
    assertThat(result.cancelled()).isTrue();
    assertThat(result.created()).isEqualTo(4);
    assertThat(result.notStarted()).isEqualTo(6);
    assertThat(sent).hasSize(4);
  }

  @Test
  void cancelFromOutsideLetsTheItemsInFlightFinish() {
    BulkJob<String> job = start(10, BulkOptions.builder().concurrency(2).build());
    answer(0);
    job.cancel();
    assertThat(job.result()).isNotDone();
    answer(1);
    answer(2);

    BulkResult<String> result = job.join();
    assertThat(result.cancelled()).isTrue();
    assertThat(result.created()).isEqualTo(3);
    assertThat(result.notStarted()).isEqualTo(7);
    assertThat(sent).hasSize(3);
  }

  @Test
  void aRunThatNeverMeetsItsStopConditionEndsNormally() {
    BulkJob<String> job = start(3, BulkOptions.builder().concurrency(3)
        .stopWhen(p -> p.failed() > 0).build());
    IntStream.range(0, 3).forEach(this::answer);
    assertThat(job.join().cancelled()).isFalse();
    assertThat(job.join().created()).isEqualTo(3);
  }
}
