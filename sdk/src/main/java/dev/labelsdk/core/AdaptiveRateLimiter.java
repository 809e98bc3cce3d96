package dev.labelsdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * A {@link Throttle} whose rate adapts to 429s (AIMD with a remembered ceiling): attempts are
 * spaced at {@code 1/rate}. A rate-limit answer to an attempt sent since the last cut (one
 * cut per window, as TCP does: the other 429s of the same burst were sent at the old rate)
 * remembers the rate as the ceiling, cuts it to {@link #DECREASE_FACTOR} of it, and holds
 * every attempt until the answer's {@code Retry-After} has passed (a whole-second value,
 * which HTTP rounds up, less its last second unless cuts come that close: see
 * {@link #hold}). Other answers raise the rate again: quickly (back to the ceiling in about
 * two seconds) below the ceiling, then above it by a step of {@code increase} a second (at
 * most 5% of the rate) that doubles each second without a 429, but never past twice the
 * answers of the last second: a rate not in use is not raised. A cut after the first starts
 * from what the server took in the last second when that is below the pace. Waiting is a
 * task on a {@link Scheduler}, never a parked thread. Thread-safe.
 *
 * <p>Until the first 429 the rate is the configured start (by default unlimited: only the
 * caller's concurrency bounds it); the first cut starts from the rate of answers other than
 * 429 in the last second, counting the time until the 429's {@code Retry-After} (an opening
 * burst is not the server's rate) and the answers to that burst that arrive after its first
 * 429, so it lands near what the server accepts.
 */
public final class AdaptiveRateLimiter implements Throttle {

  /** The factor of each decrease. */
  public static final double DECREASE_FACTOR = 0.8;
  /** The slowest pace: one attempt a second. */
  public static final double MIN_RATE = 1.0;
  /** Below the ceiling the rate regains this share of the ceiling per second. */
  private static final double RECOVERY_PER_SECOND = 0.1;
  /**
   * Above the ceiling the rate first gains at most this share of itself a second (and at
   * most {@code increase}): a server allowing 2 a second is probed at +0.1/s a second, not
   * +5. The step doubles each second without a 429.
   */
  private static final double PROBE_PER_SECOND = 0.05;
  /** The probing step doubles at most this many times (256×). */
  private static final int MAX_DOUBLINGS = 8;
  /** Above the ceiling the rate rises to at most this many times the answers of a second. */
  private static final double IN_USE_FACTOR = 2;

  private static final long SECOND = 1_000_000_000L;

  private final Scheduler scheduler;
  private final LongSupplier nanoTime;
  private final double maxRate;
  private final double increase;
  private double rate;
  private double ceiling = Double.NaN;
  private long epoch;
  private long nextSlot;
  private long holdUntil;
  /** When the last cut happened (long ago at first). */
  private long lastCut = Long.MIN_VALUE / 2;
  private long windowStart;
  /** Since when the rate has been at or above the ceiling without a cut. */
  private long probingSince;
  private int windowCount;
  private double lastWindowRate;
  /**
   * The first cut's estimate of the server's rate: the answers of the opening burst, and the
   * span they were served in (the last window, plus the time until the 429's
   * {@code Retry-After}: a burst that used the server's allowance at once, then heard "wait a
   * second", was served at about its count a second, not its count over a few milliseconds).
   */
  private int openingAnswers;
  private long openingSpan = SECOND;

  /**
   * @param startRate attempts a second before the first 429 ({@code Double.POSITIVE_INFINITY}
   *     for no limit until then)
   * @param maxRate the rate never goes above this (infinity for no cap)
   * @param increase how fast the rate probes above the ceiling, in attempts a second per second
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
  public CompletableFuture<Permit> acquire() {
    long wait;
    long sentIn;
    synchronized (this) {
      long now = nanoTime.getAsLong();
      long slot = Math.max(Math.max(now, nextSlot), holdUntil);
      nextSlot = Double.isInfinite(rate) ? slot : slot + (long) (SECOND / rate);
      wait = slot - now;
      sentIn = epoch;
    }
    Permit permit = failure -> release(sentIn, failure);
    if (wait <= 0) {
      return CompletableFuture.completedFuture(permit);
    }
    CompletableFuture<Permit> granted = new CompletableFuture<>();
    scheduler.schedule(Duration.ofNanos(wait), () -> granted.complete(permit));
    return granted;
  }

  private void release(long sentIn, RuntimeException failure) {
    boolean limited = failure instanceof ApiException e && e.httpStatus() == 429;
    synchronized (this) {
      long now = nanoTime.getAsLong();
      if (!limited) {
        // Every answer but a 429 counts as taken by the server (a 409 or 5xx may have cost it
        // no token): an estimate that errs high costs a few cuts, one that errs low a slow
        // climb at the probing pace.
        countAnswer(now);
        if (sentIn == 0 && epoch == 1) {
          openingAnswerAfterFirstCut();
        }
        if (!Double.isInfinite(rate)) {
          raise(now);
        }
      } else if (sentIn == epoch) { // else sent before the last cut: already answered for
        cut(now, ((ApiException) failure).retryAfter());
      }
    }
  }

  /** After an answer that is not a 429: back towards the ceiling, or probing above it. */
  private void raise(long now) {
    double perSecond;
    if (rate < ceiling) {
      perSecond = RECOVERY_PER_SECOND * ceiling;
      probingSince = now;
    } else {
      // The step doubles each second without a 429: a low first estimate is left in
      // seconds, while the first steps stay small next to a slow server's rate.
      double seconds = Math.min(MAX_DOUBLINGS, (now - probingSince) / (double) SECOND);
      perSecond = Math.min(increase, PROBE_PER_SECOND * rate) * Math.pow(2, seconds);
    }
    // An answer comes about every 1/rate s: this adds perSecond a second.
    double raised = Math.min(maxRate, Math.min(
        rate < ceiling ? ceiling : Double.MAX_VALUE, rate + perSecond / rate));
    // Probe only a rate in use: above the ceiling, not past twice the answers of the
    // last second (waiters holding earlier slots, or too few items, leave it unused).
    rate = raised <= ceiling ? raised
        : Math.min(raised, Math.max(rate, IN_USE_FACTOR * lastWindowRate));
  }

  /** After a 429 to an attempt sent since the last cut: a new ceiling, the rate below it. */
  private void cut(long now, Optional<Duration> retryAfter) {
    epoch++;
    if (Double.isInfinite(rate)) {
      openingAnswers = windowCount;
      openingSpan = Math.max(now - windowStart
          + Math.max(0, retryAfter.orElse(Duration.ZERO).toNanos()), SECOND / 10);
      ceiling = Math.max(lastWindowRate, openingAnswers * (double) SECOND / openingSpan);
    } else {
      // What the server took in the last second, if less than the pace: a 429 that came
      // late (a burst allowance running out) means the pace has been above the limit a while.
      ceiling = lastWindowRate > 0 ? Math.min(rate, lastWindowRate) : rate;
    }
    rate = Math.max(MIN_RATE, Math.min(maxRate, ceiling * DECREASE_FACTOR));
    long sinceLastCut = now - lastCut;
    lastCut = now;
    probingSince = now;
    retryAfter.ifPresent(d -> holdUntil = Math.max(holdUntil,
        now + (sinceLastCut < d.toNanos() ? d.toNanos() : hold(d, rate))));
    nextSlot = Math.max(nextSlot, now);
  }

  /**
   * How long a cut holds everyone for {@code retryAfter}. The header counts whole seconds, so
   * a server whose next token is a few milliseconds away still says 1: a whole-second value
   * is a rounded-up wait, and only the part that cannot be rounding (one second less) is
   * held; the cut rate, below what the server accepts, paces the rest. A finer value is held
   * in full, and so is any value when the previous cut is more recent than it (the server
   * meant it: the pace is still too high). At least one interval at the new rate.
   */
  static long hold(Duration retryAfter, double rate) {
    long asked = Math.max(0, retryAfter.toNanos());
    if (asked > 0 && asked % SECOND == 0) {
      asked -= SECOND;
    }
    return Math.max(asked, (long) (SECOND / rate));
  }

  private void countAnswer(long now) {
    if (now - windowStart >= SECOND) {
      lastWindowRate = windowCount * (double) SECOND / (now - windowStart);
      windowStart = now;
      windowCount = 0;
    }
    windowCount++;
  }

  /**
   * An answer (not a 429) to the opening burst (sent unlimited, before the first 429) that
   * came after that 429: the server took it in the same span, so the first estimate rises.
   */
  private void openingAnswerAfterFirstCut() {
    openingAnswers++;
    double estimate = openingAnswers * (double) SECOND / openingSpan;
    if (estimate > ceiling) {
      ceiling = estimate;
      rate = Math.max(rate, Math.min(maxRate, ceiling * DECREASE_FACTOR));
    }
  }

  /**
   * Starts from {@code perSecond} (a pace an earlier run learned) instead of the configured
   * start, if no 429 has been seen yet; above it the rate probes as usual.
   */
  public synchronized void resumeAt(double perSecond) {
    if (epoch == 0 && perSecond > 0 && !Double.isInfinite(perSecond)) {
      rate = Math.min(maxRate, Math.max(MIN_RATE, perSecond));
    }
  }

  /** The current rate in attempts a second (infinite before the first 429 by default). */
  public synchronized double rate() {
    return rate;
  }

  /** How many times a 429 cut the rate. */
  public synchronized long decreases() {
    return epoch;
  }
}
