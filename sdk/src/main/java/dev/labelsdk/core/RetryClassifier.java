package dev.labelsdk.core;

import java.time.Duration;
import java.util.Optional;

/** Tells the {@link Retrier} which failures are worth another attempt. */
public interface RetryClassifier {

  /** For calls that must never be sent twice. */
  RetryClassifier NEVER = failure -> false;

  /** True when {@code failure} is transient and the request is safe to send again. */
  boolean isRetryable(RuntimeException failure);

  /**
   * How long the server asked the client to wait ({@code Retry-After}); empty to use the
   * computed backoff. By default, an {@link ApiException}'s {@code retryAfter()}.
   */
  default Optional<Duration> retryAfter(RuntimeException failure) {
    return failure instanceof ApiException e ? e.retryAfter() : Optional.empty();
  }
}
