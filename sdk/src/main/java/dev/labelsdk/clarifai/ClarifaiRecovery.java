package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.ApiException;
import java.util.List;
import java.util.Optional;

/** Helpers for recovering a call whose earlier attempt may have taken effect unseen. */
final class ClarifaiRecovery {

  private ClarifaiRecovery() {}

  /** The Clarifai status code of a failure; 0 when it has none. */
  static int code(RuntimeException failure) {
    return failure instanceof ClarifaiError clarifai ? clarifai.code() : 0;
  }

  /**
   * True when the failed attempt may have been carried out (the answer was lost or the server
   * failed midway), so that a retry can meet the effect of that attempt: a duplicate id, or an
   * object already deleted.
   */
  static boolean mayHaveCommitted(RuntimeException failure) {
    return failure instanceof ConnectionException
        || (failure instanceof ServerException e && e.code() != StatusCode.TRY_AGAIN.number());
  }

  /**
   * True when a create with client ids met its own ids (40010) after an attempt whose answer
   * was lost: that attempt created them.
   */
  static boolean metOwnIds(ApiException failure, List<RuntimeException> earlier) {
    return failure instanceof ConflictException conflict
        && conflict.code() == StatusCode.DATABASE_DUPLICATE_KEY.number()
        && earlier.stream().anyMatch(ClarifaiRecovery::mayHaveCommitted);
  }

  /**
   * Recovery for deletes: a retry that finds the object gone after an attempt whose answer was
   * lost means that attempt deleted it.
   */
  static Optional<Status> alreadyDone(ApiException failure, List<RuntimeException> earlier) {
    return failure instanceof NotFoundException
        && earlier.stream().anyMatch(ClarifaiRecovery::mayHaveCommitted)
        ? Optional.of(Status.of(StatusCode.SUCCESS)) : Optional.empty();
  }
}
