package dev.labelsdk.refonte.e2e;

import dev.labelsdk.core.Scheduler;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Fake time for async and bulk tests: a scheduler that, instead of waiting, moves a fake
 * nano clock and the mock's clock to the task's due time and runs the task at once. Like a
 * real clock, concurrent waits overlap: time goes to the latest due time, it does not add the
 * delays up (which would let the mock's rate limit refill by however many waits happened to
 * be concurrent, and make counts of 429s depend on thread timing).
 */
public final class FakeTime implements Scheduler, LongSupplier {

  private static final long START = 1_000_000_000L;

  private final LabelMockExtension mock;
  private final List<Duration> delays = new CopyOnWriteArrayList<>();
  private long nanos = START;
  /** The whole millis the mock's clock has been moved so far (it counts millis). */
  private long mockMillis;

  public FakeTime(LabelMockExtension mock) {
    this.mock = mock;
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    delays.add(delay);
    if (!delay.isZero() && !delay.isNegative()) {
      advanceTo(getAsLong() + delay.toNanos());
    }
    task.run();
  }

  private synchronized void advanceTo(long due) {
    if (due <= nanos) {
      return;
    }
    nanos = due;
    long millis = (nanos - START) / 1_000_000;
    mock.server().advanceClock(Duration.ofMillis(millis - mockMillis));
    mockMillis = millis;
  }

  @Override
  public synchronized long getAsLong() {
    return nanos;
  }

  public List<Duration> delays() {
    return List.copyOf(delays);
  }
}
