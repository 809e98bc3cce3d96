package dev.labelsdk.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * A subscriber for the {@code listAll} publishers of tests: requests one page at a time,
 * either every page ({@link #all()}) or only the first ({@link #firstOnly()}, to show that
 * nothing more is fetched without demand).
 *
 * @param <P> the page type
 */
public final class PageCollector<P> implements Flow.Subscriber<P> {

  /** Every page, when the publisher completes (or its error). */
  public final CompletableFuture<List<P>> done = new CompletableFuture<>();
  /** The first page (or the publisher's error). */
  public final CompletableFuture<P> first = new CompletableFuture<>();
  private final List<P> pages = new ArrayList<>();
  private final boolean more;
  private Flow.Subscription subscription;

  private PageCollector(boolean more) {
    this.more = more;
  }

  /** Requests every page, one at a time. */
  public static <P> PageCollector<P> all() {
    return new PageCollector<>(true);
  }

  /** Requests the first page only. */
  public static <P> PageCollector<P> firstOnly() {
    return new PageCollector<>(false);
  }

  /** The pages received so far. */
  public synchronized List<P> pages() {
    return List.copyOf(pages);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    s.request(1);
  }

  @Override
  public void onNext(P page) {
    synchronized (this) {
      pages.add(page);
    }
    first.complete(page);
    if (more) {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable t) {
    first.completeExceptionally(t);
    done.completeExceptionally(t);
  }

  @Override
  public void onComplete() {
    done.complete(pages());
  }
}
