package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;

/** Helpers for recovering a create whose earlier attempt may have succeeded unseen. */
final class ApiRecovery {

  private ApiRecovery() {}

  /** A failure after which the server may have committed the request anyway. */
  static boolean mayHaveCommitted(RuntimeException failure) {
    return failure instanceof ServerException || failure instanceof ConnectionException;
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
