package dev.labelsdk.core;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The async twin of {@link AutoPager}: every page of a listing as a {@link Flow.Publisher},
 * fetched only on demand (one page per {@code request(1)}) and stopped by the same
 * {@link StopRule}s. Each subscription starts again from the first page. A failed fetch ends
 * the subscription with {@code onError} (after the client's retries).
 *
 * @param <P> the page type
 */
public final class AsyncPager<P extends Page<?>> implements Flow.Publisher<P> {

  private final Function<Optional<String>, CompletableFuture<P>> fetcher;
  private final List<StopRule> stopRules;

  private AsyncPager(Function<Optional<String>, CompletableFuture<P>> fetcher,
      List<StopRule> stopRules) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.stopRules = List.copyOf(stopRules);
  }

  /**
   * A publisher of the pages {@code fetcher} returns, given the cursor of each (empty for the
   * first page).
   */
  public static <P extends Page<?>> AsyncPager<P> of(
      Function<Optional<String>, CompletableFuture<P>> fetcher, List<StopRule> stopRules) {
    return new AsyncPager<>(fetcher, stopRules);
  }

  /**
   * A publisher of the pages of a listing paged by number (the twin of
   * {@link AutoPager#ofPageNumbers}): pages {@code firstPage, firstPage + 1, ...} until one is
   * empty or shorter than {@code pageSize}.
   */
  public static <P extends Page<?>> AsyncPager<P> ofPageNumbers(
      IntFunction<CompletableFuture<P>> fetcher, int firstPage, int pageSize) {
    Objects.requireNonNull(fetcher, "fetcher");
    if (firstPage < 1) {
      throw new IllegalArgumentException("firstPage must be >= 1 but was " + firstPage);
    }
    return of(cursor -> fetcher.apply(cursor.map(Integer::parseInt).orElse(firstPage)),
        List.of(StopRule.EMPTY_PAGE, StopRule.shortPage(pageSize)));
  }

  @Override
  public void subscribe(Flow.Subscriber<? super P> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Subscription<P> s = new Subscription<>(this, subscriber);
    subscriber.onSubscribe(s);
  }

  private static final class Subscription<P extends Page<?>> implements Flow.Subscription {
    private final AsyncPager<P> pager;
    private final Flow.Subscriber<? super P> subscriber;
    private final Set<String> used = new HashSet<>();
    private final AtomicBoolean done = new AtomicBoolean();
    private Optional<String> cursor = Optional.empty();
    private long demand;
    private boolean fetching;

    Subscription(AsyncPager<P> pager, Flow.Subscriber<? super P> subscriber) {
      this.pager = pager;
      this.subscriber = subscriber;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        cancel();
        subscriber.onError(new IllegalArgumentException("request(n) needs n > 0 (§3.9)"));
        return;
      }
      synchronized (this) {
        demand = demand + n < 0 ? Long.MAX_VALUE : demand + n;
      }
      fetchIfDue();
    }

    @Override
    public void cancel() {
      done.set(true);
    }

    private void fetchIfDue() {
      Optional<String> from;
      synchronized (this) {
        if (fetching || demand == 0 || done.get()) {
          return;
        }
        fetching = true;
        demand--;
        from = cursor;
      }
      CompletableFuture<P> page;
      try {
        page = pager.fetcher.apply(from);
      } catch (RuntimeException e) {
        page = CompletableFuture.failedFuture(e);
      }
      page.whenComplete((p, error) -> {
        if (done.get()) {
          return;
        }
        if (error != null) {
          done.set(true);
          subscriber.onError(Retrier.unwrap(error));
          return;
        }
        from.ifPresent(used::add);
        boolean last = pager.stopRules.stream().anyMatch(r -> r.stopAfter(p, used));
        subscriber.onNext(p);
        if (last) {
          if (done.compareAndSet(false, true)) {
            subscriber.onComplete();
          }
          return;
        }
        synchronized (this) {
          cursor = p.nextCursor();
          fetching = false;
        }
        fetchIfDue();
      });
    }
  }
}
