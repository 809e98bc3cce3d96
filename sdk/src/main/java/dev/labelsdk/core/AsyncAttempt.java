package dev.labelsdk.core;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One try of a logical async call, run by {@link Retrier#executeAsync}: the twin of
 * {@link Attempt}, whose result is a future that fails with the attempt's failure.
 *
 * @param <T> the call's result
 */
@FunctionalInterface
public interface AsyncAttempt<T> {

  /** Starts the attempt; see {@link Attempt#run}. */
  CompletableFuture<T> run(int attempt, List<RuntimeException> previousFailures);
}
