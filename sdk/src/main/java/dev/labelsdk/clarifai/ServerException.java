package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The server failed (98004, 99009, 10030 TRY_AGAIN, other codes from 98000, or HTTP 5xx).
 * Retried automatically when safe (see {@link ClarifaiClient}); thrown once the retries are
 * used up.
 */
public class ServerException extends ClarifaiApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ClarifaiApiException#ClarifaiApiException(int, Status, String, Duration)}. */
  public ServerException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    super(httpStatus, status, rawBody, retryAfter, null, null);
  }
}
