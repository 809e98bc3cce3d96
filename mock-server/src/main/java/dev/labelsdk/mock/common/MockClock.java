package dev.labelsdk.mock.common;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The mock's clock: a base clock (the system UTC clock by default) plus an offset that only
 * grows. Readings never go backwards, even if the base clock does, so creation timestamps are
 * monotonic in creation order. Millisecond precision, like the timestamps the APIs emit.
 */
public final class MockClock implements InstantSource {

  private final InstantSource base;
  private final AtomicLong offsetMillis = new AtomicLong();
  private final AtomicLong lastMillis = new AtomicLong(Long.MIN_VALUE);
  private final List<Runnable> advanceListeners = new CopyOnWriteArrayList<>();

  public MockClock() {
    this(Clock.systemUTC());
  }

  public MockClock(InstantSource base) {
    this.base = base;
  }

  @Override
  public long millis() {
    long candidate = base.millis() + offsetMillis.get();
    return lastMillis.accumulateAndGet(candidate, Math::max);
  }

  @Override
  public Instant instant() {
    return Instant.ofEpochMilli(millis());
  }

  /** Moves the clock forward; a negative duration is refused. Returns the new reading. */
  public Instant advance(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("the mock clock only moves forward");
    }
    offsetMillis.addAndGet(by.toMillis());
    Instant now = instant();
    advanceListeners.forEach(Runnable::run);
    return now;
  }

  /** How far the clock has been advanced in all, in millis (a snapshot keeps it). */
  public long offsetMillis() {
    return offsetMillis.get();
  }

  /**
   * Restores a saved state of the clock without ever moving it back: the offset becomes at
   * least {@code offsetMillis}, and no later reading is before {@code notBeforeMillis} (the
   * latest time restored data holds).
   */
  public void restore(long offsetMillis, long notBeforeMillis) {
    this.offsetMillis.accumulateAndGet(offsetMillis, Math::max);
    lastMillis.accumulateAndGet(notBeforeMillis, Math::max);
    advanceListeners.forEach(Runnable::run);
  }

  /** Runs {@code listener} after every {@link #advance}, e.g. to run work that became due. */
  public void onAdvance(Runnable listener) {
    advanceListeners.add(listener);
  }
}
