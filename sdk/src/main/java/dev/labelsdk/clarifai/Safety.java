package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.ApiException;
import dev.labelsdk.core.RetryClassifier;

/** How safe a call is to send twice; decides which of its failures are retried (spec §12). */
enum Safety implements RetryClassifier {
  /**
   * GET, PUT, DELETE, PATCH overwrite and status changes, and POSTs whose every created
   * object has a client-set id (a repeat cannot duplicate them): every transient failure.
   */
  IDEMPOTENT,
  /** PATCH merge or remove: throttling, 10030, HTTP 502/503/504 and connection failures. */
  NOT_IDEMPOTENT,
  /**
   * POSTs that create objects without client ids: only failures that prove the request had
   * no effect (throttling, 10030); anything else could have created them already.
   */
  CREATES_WITHOUT_IDS;

  @Override
  public boolean isRetryable(RuntimeException failure) {
    if (failure instanceof RateLimitException limit) {
      // Throttled requests had no effect; a monthly limit does not lift by waiting.
      return limit.code() != StatusCode.CONN_EXCEED_MONTHLY_LIMIT.number();
    }
    if (!(failure instanceof ApiException e) || e instanceof MalformedResponseException) {
      return false;
    }
    if (ClarifaiRecovery.code(e) == StatusCode.TRY_AGAIN.number()) {
      return true;
    }
    if (this == CREATES_WITHOUT_IDS) {
      return false;
    }
    int http = e.httpStatus();
    if (e instanceof ConnectionException || http == 502 || http == 503 || http == 504) {
      return true;
    }
    return this == IDEMPOTENT && e instanceof ServerException;
  }
}
