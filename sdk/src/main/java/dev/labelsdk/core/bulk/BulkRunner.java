package dev.labelsdk.core.bulk;

import dev.labelsdk.core.AdaptiveRateLimiter;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.RetryPolicy;
import dev.labelsdk.core.Scheduler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine of bulk submission that every API's bulk call shares: keeps at most
 * {@link BulkOptions#concurrency()} items in flight, skips items a checkpoint records,
 * records every outcome (and its checkpoint line) before starting the next item, tells the
 * listener, and stops cleanly on {@link #cancel()}. What an item is and how it is sent is the
 * API's {@link Submitter}; pacing is the {@link AdaptiveRateLimiter} the submitter's calls go
 * through.
 *
 * @param <I> the items
 * @param <R> what a created item returns
 */
public final class BulkRunner<I, R> implements BulkJob<R> {

  /** Sends one item and says what became of it. */
  @FunctionalInterface
  public interface Submitter<I, R> {
    /**
     * Sends {@code item}; the future should complete with the outcome (a failed future
     * becomes a FAILED outcome).
     *
     * @param runId the run id to derive idempotency keys from (the checkpoint's, if resumed)
     */
    CompletableFuture<BulkOutcome<R>> submit(int index, I item, String identity, String runId);
  }

  private static final Logger LOG = LoggerFactory.getLogger(BulkRunner.class);

  private final Iterator<I> items;
  /** The number of items, or -1 while unknown. */
  private final long size;
  private final boolean keepOutcomes;
  private final Runnable onClose;
  private final BiFunction<I, Integer, String> identities;
  private final Submitter<I, R> submitter;
  private final AdaptiveRateLimiter limiter;
  private final BulkProgressListener listener;
  private final LongSupplier nanoTime;
  private final Checkpoint checkpoint;
  private final String runId;
  private final int concurrency;
  private final long startNanos;
  private final List<BulkOutcome<R>> outcomes = new ArrayList<>();
  private final CompletableFuture<BulkResult<R>> result = new CompletableFuture<>();
  /** Set while this thread runs {@link #pump()}: an item that ends inline does not recurse. */
  private final Predicate<BulkProgress> stopWhen;
  private final ThreadLocal<Boolean> pumping = ThreadLocal.withInitial(() -> false);
  private int next;
  private int inFlight;
  private boolean cancelled;
  private RuntimeException inputFailure;
  private boolean finished;
  /** The limiter's cuts as of the last rate written to the checkpoint. */
  private long cutsRecorded;
  private long created;
  private long existed;
  private long failed;
  private long finishedThisRun;

  private BulkRunner(BulkInput<I> input, BiFunction<I, Integer, String> identities,
      Submitter<I, R> submitter, AdaptiveRateLimiter limiter, BulkOptions options) {
    this.items = input.items();
    this.size = input.size();
    this.keepOutcomes = input.keepOutcomes();
    this.onClose = input.onClose();
    this.identities = identities;
    this.submitter = submitter;
    this.limiter = limiter;
    this.listener = options.listener();
    this.stopWhen = options.stopWhen();
    this.nanoTime = options.nanoTime();
    this.concurrency = options.concurrency();
    this.checkpoint = options.checkpoint().map(f -> Checkpoint.open(f, options)).orElse(null);
    this.runId = checkpoint != null ? checkpoint.runId() : options.runId();
    if (checkpoint != null && limiter != null && Double.isInfinite(options.startRate())) {
      checkpoint.learnedRate().ifPresent(limiter::resumeAt);
    }
    this.startNanos = nanoTime.getAsLong();
  }

  /**
   * The waits between one item's attempts: a short backoff (from 100 ms, doubling to 8 s)
   * because every attempt also goes through the run's limiter, which paces them all, so a
   * retry after a lost answer goes out as soon as the rate allows instead of holding its slot
   * through the half-second backoff of a single call. A {@code Retry-After} is still honoured.
   */
  static final RetryPolicy RETRIES = new RetryPolicy(Duration.ofMillis(100),
      RetryPolicy.DEFAULT_MAX_DELAY, RetryPolicy.DEFAULT_MAX_RETRY_AFTER);

  /**
   * {@code executor} for a submission's calls: the options' retries, every attempt paced by
   * {@code limiter}, and the bulk waits between attempts ({@link #RETRIES}).
   */
  public static CallExecutor calls(CallExecutor executor, AdaptiveRateLimiter limiter,
      BulkOptions options) {
    return executor.with(RequestOptions.builder().maxRetries(options.maxRetries()).build())
        .withThrottle(limiter, RETRIES);
  }

  /**
   * A limiter for a submission with {@code options}, waiting on {@code scheduler}; give it to
   * the calls the submitter makes.
   */
  public static AdaptiveRateLimiter limiter(BulkOptions options, Scheduler scheduler) {
    return new AdaptiveRateLimiter(options.startRate(), options.maxRate(),
        options.rateIncrease(), scheduler, options.nanoTime());
  }

  /**
   * Starts submitting {@code items}.
   *
   * @param identities the stable identity of an item at a position
   * @param limiter the limiter the submitter's calls go through (for progress reports)
   */
  public static <I, R> BulkJob<R> start(List<I> items, BiFunction<I, Integer, String> identities,
      Submitter<I, R> submitter, AdaptiveRateLimiter limiter, BulkOptions options) {
    return start(BulkInput.of(List.copyOf(items)), identities, submitter, limiter, options);
  }

  /**
   * Starts submitting the items of {@code input}, reading the next one only when a slot is
   * free: at most {@code concurrency} items are read and not yet finished.
   */
  public static <I, R> BulkJob<R> start(BulkInput<I> input,
      BiFunction<I, Integer, String> identities, Submitter<I, R> submitter,
      AdaptiveRateLimiter limiter, BulkOptions options) {
    Objects.requireNonNull(input, "input");
    BulkRunner<I, R> runner = new BulkRunner<>(input, identities, submitter, limiter, options);
    runner.pump();
    return runner;
  }

  @Override
  public CompletableFuture<BulkResult<R>> result() {
    return result;
  }

  @Override
  public void cancel() {
    synchronized (this) {
      if (cancelled || result.isDone()) {
        return;
      }
      cancelled = true;
    }
    LOG.info("Bulk submission cancelled; waiting for the items in flight");
    finishIfDone();
  }

  /** Starts items until {@code concurrency} are in flight or none is left. */
  private void pump() {
    if (pumping.get()) {
      return; // the loop below on this thread goes on
    }
    pumping.set(true);
    try {
      pumpLoop();
    } finally {
      pumping.set(false);
    }
    finishIfDone();
  }

  private void pumpLoop() {
    while (true) {
      int index;
      I item;
      String identity;
      synchronized (this) {
        if (cancelled || inFlight >= concurrency || !hasNext()) {
          break;
        }
        index = next++;
        try {
          item = items.next();
        } catch (RuntimeException e) {
          inputFailed(e);
          break;
        }
        identity = identities.apply(item, index);
        Optional<String> recorded =
            checkpoint == null ? Optional.empty() : checkpoint.recorded(identity);
        if (recorded.isPresent()) {
          BulkOutcome<R> skipped = BulkOutcome.alreadyExisted(index, identity,
              recorded.get().isEmpty() ? null : recorded.get());
          keep(skipped);
          existed++;
          report();
          continue;
        }
        inFlight++;
      }
      CompletableFuture<BulkOutcome<R>> sent;
      try {
        sent = submitter.submit(index, item, identity, runId);
      } catch (RuntimeException e) {
        sent = CompletableFuture.failedFuture(e);
      }
      sent.whenComplete((outcome, error) -> {
        BulkOutcome<R> o = error == null ? outcome
            : BulkOutcome.failed(index, identity, dev.labelsdk.core.Retrier.unwrapFailure(error));
        record(o);
        pump();
      });
    }
  }

  private void record(BulkOutcome<R> outcome) {
    synchronized (this) {
      inFlight--;
      keep(outcome);
      finishedThisRun++;
      switch (outcome.status()) {
        case CREATED -> created++;
        case ALREADY_EXISTED -> existed++;
        case FAILED -> failed++;
      }
      if (checkpoint != null) {
        checkpoint.record(outcome);
        if (limiter != null && limiter.decreases() != cutsRecorded) {
          cutsRecorded = limiter.decreases();
          checkpoint.recordRate(limiter.rate());
        }
      }
      report();
    }
  }

  /** Keeps an outcome for the result: every one, or only failures for a streamed input. */
  private void keep(BulkOutcome<R> outcome) {
    if (keepOutcomes || outcome.status() == BulkOutcome.Status.FAILED) {
      outcomes.add(outcome);
    }
  }

  /** Tells the listener; called under the lock. */
  private void report() {
    long done = created + existed + failed;
    double seconds = Math.max(1e-9, (nanoTime.getAsLong() - startNanos) / 1e9);
    double perSecond = finishedThisRun / seconds;
    long left = size - done;
    Optional<Duration> eta = perSecond > 0 && size >= 0
        ? Optional.of(Duration.ofMillis((long) (left / perSecond * 1000))) : Optional.empty();
    BulkProgress progress = new BulkProgress(done, size, created, existed, failed,
        perSecond, eta, limiter == null ? Double.POSITIVE_INFINITY : limiter.rate());
    try {
      listener.onProgress(progress);
    } catch (RuntimeException e) {
      LOG.warn("The bulk progress listener failed", e);
    }
    if (!cancelled && stopWhen.test(progress)) {
      // Under the lock the pump checks before each item: nothing starts after this report.
      cancelled = true;
      LOG.info("Bulk submission stopping (stopWhen); waiting for the items in flight");
    }
  }

  private void finishIfDone() {
    BulkResult<R> done;
    RuntimeException failure = null;
    synchronized (this) {
      if (inFlight > 0 || finished || (!cancelled && hasNext())) {
        return;
      }
      finished = true;
      if (checkpoint != null) {
        if (limiter != null) {
          checkpoint.recordRate(limiter.rate());
        }
        checkpoint.close();
      }
      closeInput();
      if (inputFailure != null) {
        failure = inputFailure;
      }
      List<BulkOutcome<R>> ordered = new ArrayList<>(outcomes);
      ordered.sort(Comparator.comparingInt(BulkOutcome::index));
      long total = size >= 0 ? size : next;
      done = new BulkResult<>(List.copyOf(ordered), total, created, existed, failed,
          total - next, cancelled,
          Duration.ofNanos(nanoTime.getAsLong() - startNanos));
    }
    if (failure != null) {
      result.completeExceptionally(failure);
    } else {
      result.complete(done);
    }
  }

  /** Whether the input has another item; a failing input stops the run. Under the lock. */
  private boolean hasNext() {
    try {
      return items.hasNext();
    } catch (RuntimeException e) {
      inputFailed(e);
      return false;
    }
  }

  /** The input could not be read: nothing new starts, the result fails once the rest ends. */
  private void inputFailed(RuntimeException e) {
    LOG.warn("Reading the bulk input failed; finishing the items in flight", e);
    inputFailure = e;
    cancelled = true;
  }

  private void closeInput() {
    try {
      onClose.run();
    } catch (RuntimeException e) {
      LOG.warn("Closing the bulk input failed", e);
    }
  }
}
