package dev.labelsdk.core.bulk;

import java.time.Duration;
import java.util.List;

/**
 * The summary and per-item outcomes of a bulk submission.
 *
 * @param outcomes one per item that got an outcome, in input order; for a streamed input
 *     ({@link BulkInput#keepOutcomes()} false) only the failed ones
 * @param total items in the submission (for a streamed input: the items read)
 * @param created created by this run
 * @param alreadyExisted found to exist
 * @param failed failed
 * @param notStarted never sent, because the run was cancelled (none were half-sent)
 * @param cancelled whether the run was cancelled
 * @param elapsed how long the run took
 * @param <R> what a created item returns
 */
public record BulkResult<R>(List<BulkOutcome<R>> outcomes, long total, long created,
    long alreadyExisted, long failed, long notStarted, boolean cancelled, Duration elapsed) {

  /** The failed outcomes. */
  public List<BulkOutcome<R>> failures() {
    return outcomes.stream().filter(o -> o.status() == BulkOutcome.Status.FAILED).toList();
  }

  /** True when every item was created or existed already. */
  public boolean complete() {
    return created + alreadyExisted == total;
  }

  @Override
  public String toString() {
    return "BulkResult{total=" + total + ", created=" + created + ", alreadyExisted="
        + alreadyExisted + ", failed=" + failed + ", notStarted=" + notStarted
        + (cancelled ? ", cancelled" : "") + ", elapsed=" + elapsed + '}';
  }
}
