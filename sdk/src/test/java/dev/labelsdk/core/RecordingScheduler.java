package dev.labelsdk.core;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Scheduler} that records each delay and either runs the task at once or holds it
 * until {@link #runPending()} (to show that nothing waits on a thread meanwhile).
 */
public final class RecordingScheduler implements Scheduler {

  private final List<Duration> delays = new CopyOnWriteArrayList<>();
  private final Queue<Runnable> pending = new ArrayDeque<>();
  private final boolean hold;

  private RecordingScheduler(boolean hold) {
    this.hold = hold;
  }

  /** Runs every task at once, on the thread that scheduled it. */
  public static RecordingScheduler immediate() {
    return new RecordingScheduler(false);
  }

  /** Holds every task until {@link #runPending()}. */
  public static RecordingScheduler holding() {
    return new RecordingScheduler(true);
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    delays.add(delay);
    if (!hold) {
      task.run();
      return;
    }
    synchronized (pending) {
      pending.add(task);
    }
  }

  /** Runs the held tasks; returns how many ran. */
  public int runPending() {
    int n = 0;
    while (true) {
      Runnable task;
      synchronized (pending) {
        task = pending.poll();
      }
      if (task == null) {
        return n;
      }
      task.run();
      n++;
    }
  }

  /** How many tasks are held. */
  public int pendingCount() {
    synchronized (pending) {
      return pending.size();
    }
  }

  /** The delays requested so far, in order. */
  public List<Duration> delays() {
    return List.copyOf(delays);
  }
}
