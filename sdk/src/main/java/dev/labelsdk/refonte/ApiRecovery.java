package dev.labelsdk.refonte;

import dev.labelsdk.core.ApiException;
import java.util.List;
import dev.labelsdk.core.RequestOptions;

/** Helpers for recovering a create whose earlier attempt may have succeeded unseen. */
final class ApiRecovery {

  private ApiRecovery() {}

  /** A failure after which the server may have committed the request anyway. */
  static boolean mayHaveCommitted(RuntimeException failure) {
    return failure instanceof ServerException || failure instanceof ConnectionException;
  }

  /**
   * A create's 409 "already exists" that an earlier attempt may have caused (it failed with
   * a 5xx or no answer): worth looking the resource up. Shared by the sync and async paths.
   */
  static boolean mayBeOwnConflict(ApiException failure, List<RuntimeException> earlier) {
    return failure instanceof ConflictException
        && earlier.stream().anyMatch(ApiRecovery::mayHaveCommitted);
  }

  /** The caller's options for a follow-up lookup (an idempotency key belongs to the create). */
  static RequestOptions withoutIdempotencyKey(RequestOptions options) {
    RequestOptions source = options == null ? RequestOptions.none() : options;
    RequestOptions.Builder b = RequestOptions.builder();
    source.timeout().ifPresent(b::timeout);
    source.maxRetries().ifPresent(b::maxRetries);
    source.extraHeaders().forEach(b::header);
    return b.build();
  }
}
