package dev.labelsdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * A {@link Throttle} whose rate adapts to 429s (AIMD): attempts are spaced at {@code 1/rate};
 * a rate-limit answer cuts the rate by {@link #DECREASE_FACTOR} (at most once per spacing
 * interval, so one burst of 429s is one cut) and holds every attempt until the answer's
 * {@code Retry-After} has passed; each answer that is not a 429 adds to the rate again,
 * {@code rate += increase / rate} (about {@code +increase} a second), up to the maximum.
 * Waiting is a task on a {@link Scheduler}, never a parked thread. Thread-safe.
 *
 * <p>Until the first 429 the rate is the configured start (by default unlimited: only the
 * caller's concurrency bounds it); the first 429 sets it to the rate of answers seen in the
 * last second, scaled by the decrease factor, so it starts near what the server allows.
 */
public final class AdaptiveRateLimiter implements Throttle {

  /** The factor of each decrease. */
  public static final double DECREASE_FACTOR = 0.8;
  /** The slowest pace: one attempt a second. */
  public static final double MIN_RATE = 1.0;

  private static final long SECOND = 1_000_000_000L;

  private final Scheduler scheduler;
  private final LongSupplier nanoTime;
  private final double maxRate;
  private final double increase;
  private double rate;
  private long nextSlot;
  private long holdUntil;
  private long lastDecrease = Long.MIN_VALUE;
  private long windowStart;
  private int windowCount;
  private double lastWindowRate;
  private long decreases;

  /**
   * @param startRate attempts a second before the first 429 ({@code Double.POSITIVE_INFINITY}
   *     for no limit until then)
   * @param maxRate the rate never goes above this (infinity for no cap)
   * @param increase additive increase, in attempts a second per second of successes
   * @param scheduler where waits run
   * @param nanoTime the clock ({@code System::nanoTime}; tests pass a fake one)
   */
  public AdaptiveRateLimiter(double startRate, double maxRate, double increase,
      Scheduler scheduler, LongSupplier nanoTime) {
    if (!(startRate > 0) || !(maxRate > 0) || !(increase >= 0)) {
      throw new IllegalArgumentException("rates must be > 0 and increase >= 0");
    }
    this.rate = Math.min(startRate, maxRate);
    this.maxRate = maxRate;
    this.increase = increase;
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    long now = nanoTime.getAsLong();
    this.nextSlot = now;
    this.holdUntil = now;
    this.windowStart = now;
  }

  @Override
  public CompletableFuture<Void> acquire() {
    long wait;
    synchronized (this) {
      long now = nanoTime.getAsLong();
      long slot = Math.max(Math.max(now, nextSlot), holdUntil);
      nextSlot = Double.isInfinite(rate) ? slot : slot + (long) (SECOND / rate);
      wait = slot - now;
    }
    if (wait <= 0) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<Void> permit = new CompletableFuture<>();
    scheduler.schedule(Duration.ofNanos(wait), () -> permit.complete(null));
    return permit;
  }

  @Override
  public void onOutcome(RuntimeException failure) {
    boolean limited = failure instanceof ApiException e && e.httpStatus() == 429;
    synchronized (this) {
      long now = nanoTime.getAsLong();
      if (!limited) {
        countAnswer(now);
        if (!Double.isInfinite(rate)) {
          rate = Math.min(maxRate, rate + increase / rate);
        }
        return;
      }
      Optional<Duration> retryAfter = ((ApiException) failure).retryAfter();
      retryAfter.ifPresent(d -> holdUntil = Math.max(holdUntil, now + d.toNanos()));
      long spacing = Double.isInfinite(rate) ? 0 : (long) (SECOND / rate);
      if (lastDecrease != Long.MIN_VALUE && now - lastDecrease < spacing) {
        return; // the same burst
      }
      lastDecrease = now;
      decreases++;
      double base = Double.isInfinite(rate) ? Math.max(lastWindowRate, windowRate(now)) : rate;
      rate = Math.max(MIN_RATE, Math.min(maxRate, base * DECREASE_FACTOR));
      nextSlot = Math.max(nextSlot, now);
    }
  }

  private void countAnswer(long now) {
    if (now - windowStart >= SECOND) {
      lastWindowRate = windowCount * (double) SECOND / (now - windowStart);
      windowStart = now;
      windowCount = 0;
    }
    windowCount++;
  }

  private double windowRate(long now) {
    long span = Math.max(now - windowStart, SECOND / 10);
    return windowCount * (double) SECOND / span;
  }

  /** The current rate in attempts a second (infinite before the first 429 by default). */
  public synchronized double rate() {
    return rate;
  }

  /** How many times a 429 cut the rate. */
  public synchronized long decreases() {
    return decreases;
  }
}
