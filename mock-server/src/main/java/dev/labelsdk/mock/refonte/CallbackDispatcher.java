package dev.labelsdk.mock.refonte;

import dev.labelsdk.mock.common.MockClock;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Delivers callbacks (spec §6.4) on the mock clock: the first attempt at once, then retries
 * after {@code min(initialDelay × 2^(n−1), maxDelay)} until a 2xx or {@code maxAttempts}.
 * Deliveries run on their own thread and never slow an API response; advancing the clock
 * wakes the scheduler so retries that became due run promptly.
 */
final class CallbackDispatcher implements AutoCloseable {

  /** Told when a delivery has concluded: {@code success} after a 2xx, false after the last failure. */
  interface Listener {
    void concluded(Delivery delivery, boolean success);
  }

  /** One event's delivery, across its attempts. */
  static final class Delivery {
    final TenantState tenant;
    final String taskId;
    final URI url;
    final String event;
    final byte[] payload;
    final String authKey;
    final long generation;
    int attempt = 1;
    long dueAt;

    Delivery(TenantState tenant, String taskId, URI url, String event, byte[] payload,
        String authKey, long generation, long dueAt) {
      this.tenant = tenant;
      this.taskId = taskId;
      this.url = url;
      this.event = event;
      this.payload = payload;
      this.authKey = authKey;
      this.generation = generation;
      this.dueAt = dueAt;
    }
  }

  /** A scheduled delivery as a snapshot holds it: the next attempt's number and due time. */
  record Pending(String tenant, String taskId, URI url, String event, byte[] payload, String authKey,
      int attempt, long dueAt) {}

  private static final int JOURNAL_CAPACITY = 10_000;

  private final MockClock clock;
  private final CallbackSender sender;
  private final RefonteConfig config;
  private final Listener listener;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final PriorityQueue<Delivery> queue =
      new PriorityQueue<>(Comparator.comparingLong(d -> d.dueAt));
  private final Deque<CallbackAttempt> journal = new ArrayDeque<>();
  private final Thread scheduler;
  private int inFlight;
  private long generation;
  private boolean closed;

  CallbackDispatcher(MockClock clock, CallbackSender sender, RefonteConfig config, Listener listener) {
    this.clock = clock;
    this.sender = sender;
    this.config = config;
    this.listener = listener;
    this.scheduler = new Thread(this::run, "refonte-callbacks");
    this.scheduler.setDaemon(true);
    this.scheduler.start();
    clock.onAdvance(this::wake);
  }

  /** Whether a callback URL gets deliveries: only absolute http(s) URLs do. */
  static URI deliverable(String callbackUrl) {
    if (callbackUrl == null) {
      return null;
    }
    try {
      URI uri = new URI(callbackUrl);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }

  void enqueue(TenantState tenant, String taskId, URI url, String event, byte[] payload, String authKey) {
    lock.lock();
    try {
      queue.add(new Delivery(tenant, taskId, url, event, payload, authKey, generation, clock.millis()));
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Every recorded attempt, oldest first; only those of {@code taskId} when it is not null. */
  List<CallbackAttempt> attempts(String taskId) {
    lock.lock();
    try {
      List<CallbackAttempt> out = new ArrayList<>();
      for (CallbackAttempt a : journal) {
        if (taskId == null || a.taskId().equals(taskId)) {
          out.add(a);
        }
      }
      return out;
    } finally {
      lock.unlock();
    }
  }

  /** The deliveries waiting for an attempt, by due time (attempts in flight are not). */
  List<Pending> pending() {
    lock.lock();
    try {
      return queue.stream()
          .map(d -> new Pending(d.tenant.tenant.name(), d.taskId, d.url, d.event, d.payload, d.authKey,
              d.attempt, d.dueAt))
          .sorted(Comparator.comparingLong(Pending::dueAt).thenComparing(Pending::tenant)
              .thenComparing(Pending::taskId).thenComparing(Pending::event).thenComparingInt(Pending::attempt))
          .toList();
    } finally {
      lock.unlock();
    }
  }

  /** Replaces the scheduled deliveries; attempts in flight are forgotten, as by a reset. */
  void restore(List<Pending> pending, java.util.function.Function<String, TenantState> tenants) {
    lock.lock();
    try {
      generation++;
      queue.clear();
      for (Pending p : pending) {
        Delivery d = new Delivery(tenants.apply(p.tenant()), p.taskId(), p.url(), p.event(), p.payload(),
            p.authKey(), generation, p.dueAt());
        d.attempt = p.attempt();
        queue.add(d);
      }
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** Deliveries waiting for a later attempt (for the state dump). */
  int scheduled() {
    lock.lock();
    try {
      return queue.size();
    } finally {
      lock.unlock();
    }
  }

  /**
   * Waits until no attempt is due now or in flight, so a test can look at the outcome of the
   * deliveries it caused. Returns false if {@code timeout} passed first.
   */
  boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    lock.lock();
    try {
      while (inFlight > 0 || (!queue.isEmpty() && queue.peek().dueAt <= clock.millis())) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        changed.awaitNanos(left);
      }
      return true;
    } finally {
      lock.unlock();
    }
  }

  /** Drops every scheduled delivery and the journal; attempts in flight are then ignored. */
  void reset() {
    lock.lock();
    try {
      generation++;
      queue.clear();
      journal.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    lock.lock();
    try {
      closed = true;
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void wake() {
    lock.lock();
    try {
      changed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  private void run() {
    while (true) {
      List<Delivery> due = new ArrayList<>();
      lock.lock();
      try {
        while (!closed && due.isEmpty()) {
          Delivery head = queue.peek();
          long now = clock.millis();
          if (head == null) {
            changed.await();
          } else if (head.dueAt > now) {
            // Re-check at least every second: the base clock moves without telling us.
            changed.await(Math.min(head.dueAt - now, 1000), TimeUnit.MILLISECONDS);
          } else {
            while (!queue.isEmpty() && queue.peek().dueAt <= now) {
              due.add(queue.poll());
            }
            inFlight += due.size();
          }
        }
        if (closed) {
          return;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        lock.unlock();
      }
      // Sent without holding the lock: completions take tenant locks (lock order).
      due.forEach(this::send);
    }
  }

  private void send(Delivery d) {
    Map<String, String> headers =
        Map.of(
            "Content-Type", "application/json",
            "scale-callback-auth", d.authKey,
            "refonte-callback-auth", d.authKey);
    long sentAt = clock.millis();
    try {
      sender
          .post(d.url, headers, d.payload, config.callbackTimeout())
          .whenComplete((status, error) -> finished(d, sentAt, status, error));
    } catch (RuntimeException e) {
      finished(d, sentAt, null, e);
    }
  }

  private void finished(Delivery d, long sentAt, Integer status, Throwable error) {
    boolean success = error == null && status != null && status >= 200 && status < 300;
    boolean concluded = success || d.attempt >= config.callbackMaxAttempts();
    boolean current;
    lock.lock();
    try {
      current = d.generation == generation;
      if (current) {
        record(new CallbackAttempt(d.taskId, d.url.toString(), d.event, d.attempt, sentAt,
            error == null ? status : null, error == null ? null : describe(error)));
        if (!concluded) {
          long delay = Math.min(
              config.callbackInitialDelay().toMillis() << Math.min(d.attempt - 1, 30),
              config.callbackMaxDelay().toMillis());
          d.attempt++;
          d.dueAt = clock.millis() + delay;
          queue.add(d);
        }
      }
    } finally {
      lock.unlock();
    }
    try {
      if (current && concluded) {
        listener.concluded(d, success);
      }
    } finally {
      lock.lock();
      try {
        inFlight--; // only now, so awaitIdle() also sees callback_completed updated
        changed.signalAll();
      } finally {
        lock.unlock();
      }
    }
  }

  private void record(CallbackAttempt attempt) {
    if (journal.size() == JOURNAL_CAPACITY) {
      journal.removeFirst();
    }
    journal.addLast(attempt);
  }

  private static String describe(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null
        && (root instanceof java.util.concurrent.CompletionException
            || root instanceof java.util.concurrent.ExecutionException)) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
