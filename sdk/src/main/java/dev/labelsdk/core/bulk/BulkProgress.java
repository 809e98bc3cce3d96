package dev.labelsdk.core.bulk;

import java.time.Duration;
import java.util.Optional;

/**
 * Where a bulk submission stands.
 *
 * @param done items with an outcome (including those skipped from a checkpoint)
 * @param total items in the submission, or -1 while unknown (a streamed input)
 * @param created items created by this run
 * @param alreadyExisted items found to exist (409 on their unique_id, or in the checkpoint)
 * @param failed items that failed
 * @param perSecond items finished a second by this run so far
 * @param eta time left at that rate, when known
 * @param rateLimit the adaptive rate in requests a second (infinite until the first 429)
 */
public record BulkProgress(long done, long total, long created, long alreadyExisted,
    long failed, double perSecond, Optional<Duration> eta, double rateLimit) {

  /** {@code done / total} in {@code [0, 1]}; 0 while the total is unknown. */
  public double fraction() {
    return total < 0 ? 0 : total == 0 ? 1 : (double) done / total;
  }
}
