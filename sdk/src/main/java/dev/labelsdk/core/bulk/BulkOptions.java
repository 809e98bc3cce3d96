package dev.labelsdk.core.bulk;

import dev.labelsdk.core.Retrier;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * How a bulk submission runs. Immutable; {@link #builder()}.
 *
 * <p>Exactly once: every item carries a stable identity, its {@code unique_id} when it has
 * one, else an {@code Idempotency-Key} derived from the {@link #runId()}, its position and its
 * content. A retry or a lost answer never creates a duplicate; a second run over the same
 * input creates only what is missing when the items have unique_ids, or when it uses the same
 * run id (within the server's idempotency window, 24 h) or the same {@link #checkpoint()}
 * file (which also keeps the run id).
 */
public final class BulkOptions {

  /** Items in flight at once, unless configured otherwise. */
  public static final int DEFAULT_CONCURRENCY = 16;
  /** Retries of one item (connection failures, 408, 429, 5xx), unless configured otherwise. */
  public static final int DEFAULT_MAX_RETRIES = 10;
  /** The additive increase of the adaptive rate, in requests a second per second. */
  public static final double DEFAULT_RATE_INCREASE = 5;

  private final int concurrency;
  private final int maxRetries;
  private final String runId;
  private final boolean runIdGiven;
  private final double startRate;
  private final double maxRate;
  private final double rateIncrease;
  private final Path checkpoint;
  private final BulkProgressListener listener;
  private final Predicate<BulkProgress> stopWhen;
  private final LongSupplier nanoTime;

  private BulkOptions(Builder b) {
    this.concurrency = b.concurrency;
    this.maxRetries = b.maxRetries;
    this.runIdGiven = b.runId != null;
    this.runId = b.runId != null ? b.runId : UUID.randomUUID().toString();
    this.startRate = b.startRate;
    this.maxRate = b.maxRate;
    this.rateIncrease = b.rateIncrease;
    this.checkpoint = b.checkpoint;
    this.listener = b.listener;
    this.stopWhen = b.stopWhen;
    this.nanoTime = b.nanoTime;
  }

  /** The defaults: 16 in flight, 10 retries an item, a fresh run id, no checkpoint. */
  public static BulkOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Items in flight at once. */
  public int concurrency() {
    return concurrency;
  }

  /** Retries of one item. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The run id the idempotency keys derive from (random unless given). */
  public String runId() {
    return runId;
  }

  /** Whether {@link #runId()} was given (rather than generated). */
  public boolean runIdGiven() {
    return runIdGiven;
  }

  /** Requests a second before the first 429 (infinite: only concurrency bounds them). */
  public double startRate() {
    return startRate;
  }

  /** The adaptive rate never goes above this. */
  public double maxRate() {
    return maxRate;
  }

  /** The additive increase of the adaptive rate (requests a second per second). */
  public double rateIncrease() {
    return rateIncrease;
  }

  /** The checkpoint file, if any. */
  public Optional<Path> checkpoint() {
    return Optional.ofNullable(checkpoint);
  }

  /** The progress listener ({@link BulkProgressListener#NONE} by default). */
  public BulkProgressListener listener() {
    return listener;
  }

  /** When the run stops by itself (never, by default); see {@link Builder#stopWhen}. */
  public Predicate<BulkProgress> stopWhen() {
    return stopWhen;
  }

  /** The clock of the rate limiter and the progress figures. */
  public LongSupplier nanoTime() {
    return nanoTime;
  }

  /** Builds {@link BulkOptions}. */
  public static final class Builder {
    private int concurrency = DEFAULT_CONCURRENCY;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private String runId;
    private double startRate = Double.POSITIVE_INFINITY;
    private double maxRate = Double.POSITIVE_INFINITY;
    private double rateIncrease = DEFAULT_RATE_INCREASE;
    private Path checkpoint;
    private BulkProgressListener listener = BulkProgressListener.NONE;
    private Predicate<BulkProgress> stopWhen = p -> false;
    private LongSupplier nanoTime = System::nanoTime;

    private Builder() {}

    /** Items in flight at once (1 or more); default {@value #DEFAULT_CONCURRENCY}. */
    public Builder concurrency(int concurrency) {
      if (concurrency < 1) {
        throw new IllegalArgumentException("concurrency must be >= 1");
      }
      this.concurrency = concurrency;
      return this;
    }

    /** Retries of one item; default {@value BulkOptions#DEFAULT_MAX_RETRIES}. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Retrier.requireMaxRetries(maxRetries);
      return this;
    }

    /**
     * The run id the idempotency keys of items without a unique_id derive from. Give the same
     * one to resume a run (a checkpoint file keeps it for you).
     */
    public Builder runId(String runId) {
      if (runId == null || runId.isBlank() || runId.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
        throw new IllegalArgumentException("runId must be visible ASCII without spaces");
      }
      this.runId = runId;
      return this;
    }

    /** Requests a second until the first 429; default unlimited. */
    public Builder startRate(double perSecond) {
      this.startRate = positive(perSecond, "startRate");
      return this;
    }

    /** The most requests a second, ever; default unlimited. */
    public Builder maxRate(double perSecond) {
      this.maxRate = positive(perSecond, "maxRate");
      return this;
    }

    /** How fast the rate recovers after a 429 (requests a second per second). */
    public Builder rateIncrease(double perSecondPerSecond) {
      if (!(perSecondPerSecond >= 0)) {
        throw new IllegalArgumentException("rateIncrease must be >= 0");
      }
      this.rateIncrease = perSecondPerSecond;
      return this;
    }

    /**
     * A file recording each item created or found to exist (one line each, flushed as it
     * happens) and the run id. A run given the file of an earlier run skips what it records
     * and uses its run id.
     */
    public Builder checkpoint(Path file) {
      this.checkpoint = Objects.requireNonNull(file, "file");
      return this;
    }

    /** Told after every item; keep it quick (it runs on the thread that finished the item). */
    public Builder progressListener(BulkProgressListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Stops the run as {@link BulkJob#cancel()} does, at the first progress report that
     * {@code condition} accepts (for example {@code p -> p.done() >= 500}): no item starts
     * after it, the items in flight finish. Unlike a cancel from the listener, it needs no
     * reference to the job, which {@code submitAll} may not have returned yet when the first
     * items finish.
     */
    public Builder stopWhen(Predicate<BulkProgress> condition) {
      this.stopWhen = Objects.requireNonNull(condition, "condition");
      return this;
    }

    /** The clock for the rate and progress ({@code System::nanoTime}; tests pass a fake). */
    public Builder nanoTime(LongSupplier nanoTime) {
      this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
      return this;
    }

    public BulkOptions build() {
      return new BulkOptions(this);
    }

    private static double positive(double v, String name) {
      if (!(v > 0)) {
        throw new IllegalArgumentException(name + " must be > 0");
      }
      return v;
    }
  }
}
