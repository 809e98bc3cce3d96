package dev.labelsdk.core;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task after a delay without blocking the caller: the async twin of {@link Sleeper}.
 * The async clients wait between retries through it, so no thread is parked per retry. Tests
 * inject one that records the delay (and perhaps advances a fake clock) and runs the task at
 * once.
 */
@FunctionalInterface
public interface Scheduler {

  /**
   * One daemon thread shared by every client of this JVM that was not given its own
   * scheduler. It only starts the next attempt (a non-blocking enqueue), so one is enough.
   */
  static Scheduler shared() {
    return SharedScheduler.INSTANCE;
  }

  /** Schedules on {@code executor} (never shut down by the clients). */
  static Scheduler of(ScheduledExecutorService executor) {
    return (delay, task) -> {
      long nanos = Math.max(0, delay.toNanos());
      executor.schedule(task, nanos, TimeUnit.NANOSECONDS);
    };
  }

  /** Runs {@code task} once {@code delay} (zero or more) has passed. */
  void schedule(Duration delay, Runnable task);
}
