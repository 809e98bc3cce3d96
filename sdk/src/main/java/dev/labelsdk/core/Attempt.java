package dev.labelsdk.core;

import java.util.List;

/**
 * One try of a logical call, run by a {@link Retrier}.
 *
 * @param <T> the call's result
 */
@FunctionalInterface
public interface Attempt<T> {

  /**
   * Runs the attempt; throws to report a failure.
   *
   * @param attempt 1 for the first try, 2 for the first retry, ...
   * @param previousFailures the failures of the earlier attempts of this call, oldest first;
   *     lets an attempt recover from an outcome an earlier attempt may have caused
   */
  T run(int attempt, List<RuntimeException> previousFailures);
}
