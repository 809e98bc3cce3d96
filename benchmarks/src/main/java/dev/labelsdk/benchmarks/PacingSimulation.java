package dev.labelsdk.benchmarks;

import dev.labelsdk.core.AdaptiveRateLimiter;
import dev.labelsdk.core.ErrorResponse;
import dev.labelsdk.core.RateLimitException;
import dev.labelsdk.core.Scheduler;
import dev.labelsdk.core.ServerException;
import java.time.Duration;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The bulk pacing ({@link AdaptiveRateLimiter}) against simulated servers, in virtual time: a
 * token bucket of rate R and capacity C answering after a fixed latency, a 429 with a
 * whole-second {@code Retry-After} (rounded up, as the mock and the real APIs send it), and
 * answers lost after the commit whose retry is a replay that costs no token (the Refonte
 * idempotency key). A deterministic discrete-event run, so one pacing can be judged across
 * server shapes (a burst of R or of R/10, slow and fast limits) in milliseconds, without the
 * machine's noise; the HTTP bulk figures are {@code Bench async}.
 */
final class PacingSimulation {

  private record Event(long at, long seq, Runnable task) {}

  private record Server(double perSecond, double burstSeconds, int items, int concurrency,
      double lostAnswers) {}

  private final PriorityQueue<Event> events = new PriorityQueue<>((a, b) -> a.at != b.at
      ? Long.compare(a.at, b.at) : Long.compare(a.seq, b.seq));
  private final Server server;
  private final Random random = new Random(1);
  private final long latency = Duration.ofMillis(5).toNanos();
  private final AdaptiveRateLimiter limiter;
  private long now;
  private long seq;
  private double tokens;
  private long refilledAt;
  private int started;
  private int sent;
  private int limited;

  private PacingSimulation(Server server) {
    this.server = server;
    this.tokens = server.perSecond * server.burstSeconds;
    Scheduler scheduler = (delay, task) -> at(now + delay.toNanos(), task);
    this.limiter = new AdaptiveRateLimiter(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
        dev.labelsdk.core.bulk.BulkOptions.DEFAULT_RATE_INCREASE, scheduler, () -> now);
  }

  static void run() {
    Table t = new Table("Bulk pacing against simulated token buckets (virtual time; 5 ms latency;"
        + " the lost answers' replays cost no token)",
        "R /s", "burst", "items", "in flight", "lost answers", "s", "items/s vs R", "requests",
        "429s");
    Server[] servers = {
        new Server(200, 1, 5_000, 64, 0.25), new Server(200, 1, 5_000, 64, 0),
        new Server(200, 0.1, 5_000, 64, 0.25), new Server(1_000, 1, 20_000, 64, 0.25),
        new Server(50, 1, 3_000, 64, 0.25), new Server(15, 1, 2_000, 64, 0.25),
        new Server(2, 1, 25, 8, 0),
        new Server(20, 0.05, 2_000, 16, 0.25)};
    for (Server s : servers) {
      PacingSimulation sim = new PacingSimulation(s);
      sim.go();
      double seconds = sim.now / 1e9;
      t.row(Table.number(s.perSecond), s.burstSeconds + " s", s.items, s.concurrency,
          Math.round(s.lostAnswers * 100) + "%", String.format("%.1f", seconds),
          Table.ratio(s.items / seconds / s.perSecond), sim.sent, sim.limited);
    }
    t.print();
  }

  private void at(long when, Runnable task) {
    events.add(new Event(when, seq++, task));
  }

  private void go() {
    for (int i = 0; i < server.concurrency; i++) {
      next();
    }
    while (!events.isEmpty()) {
      Event e = events.poll();
      now = e.at;
      e.task.run();
    }
  }

  private void next() {
    if (started < server.items) {
      started++;
      attempt(0, false);
    }
  }

  /** Seconds until a token, 0 when one was taken. */
  private long take() {
    double capacity = server.perSecond * server.burstSeconds;
    tokens = Math.min(capacity, tokens + (now - refilledAt) / 1e9 * server.perSecond);
    refilledAt = now;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return Math.max(1, (long) Math.ceil((1 - tokens) / server.perSecond));
  }

  private void attempt(int tries, boolean committed) {
    limiter.acquire().thenAccept(permit -> {
      sent++;
      at(now + latency / 2, () -> {
        long retryAfter = committed ? 0 : take();
        boolean lost = retryAfter == 0 && !committed && random.nextDouble() < server.lostAnswers;
        at(now + latency / 2, () -> {
          if (retryAfter > 0) {
            limited++;
            Duration wait = Duration.ofSeconds(retryAfter);
            permit.release(new RateLimitException("slow down",
                new ErrorResponse(429, "slow down", "", null, wait), null));
            at(now + wait.toNanos(), () -> attempt(tries + 1, false));
          } else if (lost) {
            permit.release(new ServerException("lost",
                new ErrorResponse(503, "lost", "", null, null), null));
            long backoff = Duration.ofMillis(100).toNanos() << Math.min(tries, 6);
            at(now + backoff, () -> attempt(tries + 1, true));
          } else {
            permit.release(null);
            next();
          }
        });
      });
    });
  }
}
