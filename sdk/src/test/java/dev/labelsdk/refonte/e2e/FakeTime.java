package dev.labelsdk.refonte.e2e;

import dev.labelsdk.core.Scheduler;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * Virtual time for async and bulk tests, run as a discrete-event simulation: a wait is queued
 * at its due time, and time moves (a fake nano clock and the mock's clock, together) only
 * when nothing else can happen, that is when no HTTP call of {@link #httpClient()} is in
 * flight; then the earliest wait runs. Calls take no virtual time, waits run in due order
 * and concurrent waits overlap as on a real clock, so what the mock's rate limit sees does
 * not depend on thread timing. Clients under test must use {@link #httpClient()}.
 */
public final class FakeTime implements Scheduler, LongSupplier {

  private static final long START = 1_000_000_000L;

  private record Wait(long due, long seq, Runnable task) {}

  private final LabelMockExtension mock;
  private final List<Duration> delays = new CopyOnWriteArrayList<>();
  private final PriorityQueue<Wait> waits = new PriorityQueue<>((a, b) -> a.due != b.due
      ? Long.compare(a.due, b.due) : Long.compare(a.seq, b.seq));
  private final Dispatcher dispatcher = new Dispatcher();
  private final OkHttpClient httpClient;
  private long nanos = START;
  private long seq;
  /** The whole millis the mock's clock has been moved so far (it counts millis). */
  private long mockMillis;
  private boolean running;

  public FakeTime(LabelMockExtension mock) {
    this.mock = mock;
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(64);
    dispatcher.setIdleCallback(this::runDueWaits);
    httpClient = new OkHttpClient.Builder().dispatcher(dispatcher)
        .retryOnConnectionFailure(false).callTimeout(30, TimeUnit.SECONDS).build();
  }

  /** The HTTP client whose calls hold virtual time still while they are in flight. */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    delays.add(delay);
    if (delay.isZero() || delay.isNegative()) {
      task.run();
      return;
    }
    synchronized (this) {
      waits.add(new Wait(nanos + delay.toNanos(), seq++, task));
    }
    runDueWaits();
  }

  /** Runs the earliest waits, one at a time, while no call is in flight. */
  private void runDueWaits() {
    while (true) {
      Wait next;
      synchronized (this) {
        if (running || waits.isEmpty() || dispatcher.runningCallsCount() > 0
            || dispatcher.queuedCallsCount() > 0) {
          return;
        }
        running = true;
        next = waits.poll();
        advanceTo(next.due);
      }
      try {
        next.task.run();
      } finally {
        synchronized (this) {
          running = false;
        }
      }
    }
  }

  private void advanceTo(long due) {
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

  /** How far virtual time has moved. */
  public synchronized Duration elapsed() {
    return Duration.ofNanos(nanos - START);
  }

  public List<Duration> delays() {
    return List.copyOf(delays);
  }
}
