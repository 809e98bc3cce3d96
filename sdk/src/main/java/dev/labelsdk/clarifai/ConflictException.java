package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The request conflicts with the current state (54100 TASK_CONFLICT: the task is not in
 * progress, or an assignment is not in the state the action needs; 40010
 * DATABASE_DUPLICATE_KEY: the id is taken).
 */
public class ConflictException extends ClarifaiApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ClarifaiApiException#ClarifaiApiException(int, Status, String, Duration)}. */
  public ConflictException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    super(httpStatus, status, rawBody, retryAfter, null, null);
  }
}
