package dev.labelsdk.core.bulk;

import java.util.Collection;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The items of a bulk submission as the engine reads them: one at a time, only when a slot is
 * free, so a streamed input of millions of items is never held in memory. A collection keeps
 * every item's outcome in the {@link BulkResult}; a streamed input (iterator or stream) keeps
 * only the failures (the checkpoint file, if any, records the rest), so that memory stays
 * bounded too.
 *
 * @param items read in order, under the engine's lock (need not be thread-safe)
 * @param size the number of items, or -1 when unknown
 * @param keepOutcomes whether the result lists every outcome (else only the failures)
 * @param onClose run when the submission ends (closes a stream)
 * @param <I> the items
 */
public record BulkInput<I>(Iterator<I> items, long size, boolean keepOutcomes,
    Runnable onClose) {

  public BulkInput {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(onClose, "onClose");
  }

  /** Every item of {@code items}; the result keeps every outcome. */
  public static <I> BulkInput<I> of(Collection<? extends I> items) {
    Objects.requireNonNull(items, "items");
    return new BulkInput<>(iterator(items.iterator()), items.size(), true, () -> {});
  }

  /** A collection as {@link #of(Collection)}, anything else read lazily. */
  public static <I> BulkInput<I> of(Iterable<? extends I> items) {
    Objects.requireNonNull(items, "items");
    if (items instanceof Collection<? extends I> c) {
      return of(c);
    }
    return of(items.iterator());
  }

  /** Items read one at a time, as needed; size unknown. */
  public static <I> BulkInput<I> of(Iterator<? extends I> items) {
    return new BulkInput<>(iterator(items), -1, false, () -> {});
  }

  /** Items read one at a time, as needed; the stream is closed when the submission ends. */
  public static <I> BulkInput<I> of(Stream<? extends I> items) {
    Objects.requireNonNull(items, "items");
    return new BulkInput<>(iterator(items.iterator()), -1, false, items::close);
  }

  @SuppressWarnings("unchecked")
  private static <I> Iterator<I> iterator(Iterator<? extends I> items) {
    return (Iterator<I>) Objects.requireNonNull(items, "items");
  }
}
