package dev.labelsdk.core;

import java.time.Duration;

/**
 * Waits between retry attempts. The default is {@link Thread#sleep}; tests inject a fake that
 * records the requested durations and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps with {@link Thread#sleep(long, int)}. */
  Sleeper SYSTEM = duration -> {
    long nanos = duration.toNanos();
    if (nanos > 0) {
      Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
    }
  };

  /**
   * Blocks for {@code duration} (zero or more).
   *
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
