package dev.labelsdk.refonte.e2e;

import dev.labelsdk.core.Scheduler;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Fake time for async and bulk tests: a scheduler that, instead of waiting, moves a fake
 * nano clock and the mock's clock forward by the delay and runs the task at once. Delays of
 * concurrent tasks add up (time runs ahead of a real run), which only lets the mock's rate
 * limit refill sooner.
 */
public final class FakeTime implements Scheduler, LongSupplier {

  private final LabelMockExtension mock;
  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final List<Duration> delays = new CopyOnWriteArrayList<>();

  public FakeTime(LabelMockExtension mock) {
    this.mock = mock;
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    delays.add(delay);
    if (!delay.isZero() && !delay.isNegative()) {
      nanos.addAndGet(delay.toNanos());
      mock.server().advanceClock(delay);
    }
    task.run();
  }

  @Override
  public long getAsLong() {
    return nanos.get();
  }

  public List<Duration> delays() {
    return List.copyOf(delays);
  }
}
