package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The task, input, dataset, annotation, app or path does not exist (54102 TASK_MISSING,
 * 11101 CONN_DOES_NOT_EXIST, 30102 INPUT_DOES_NOT_EXIST), or belongs to another app.
 */
public class NotFoundException extends dev.labelsdk.core.NotFoundException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param status the body's {@code status}, or null when the body is not a Clarifai envelope
   * @param rawBody the body as received ({@code ""} when none)
   * @param retryAfter the {@code Retry-After} header as a duration, or null
   */
  public NotFoundException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    super(ErrorMapping.describe(httpStatus, status, rawBody, null),
        ErrorMapping.response(httpStatus, status, rawBody, retryAfter), null);
  }
}
