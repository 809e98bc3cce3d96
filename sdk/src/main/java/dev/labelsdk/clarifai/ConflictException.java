package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The request conflicts with the current state (54100 TASK_CONFLICT: the task is not in
 * progress, or an assignment is not in the state the action needs; 40010
 * DATABASE_DUPLICATE_KEY: the id is taken).
 */
public class ConflictException extends dev.labelsdk.core.ConflictException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param status the body's {@code status}, or null when the body is not a Clarifai envelope
   * @param rawBody the body as received ({@code ""} when none)
   * @param retryAfter the {@code Retry-After} header as a duration, or null
   */
  public ConflictException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    super(ErrorMapping.describe(httpStatus, status, rawBody, null),
        ErrorMapping.response(httpStatus, status, rawBody, retryAfter), null);
  }
}
