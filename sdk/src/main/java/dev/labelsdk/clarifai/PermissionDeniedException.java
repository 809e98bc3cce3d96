package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The caller may not do this (11007 CONN_INSUFFICIENT_SCOPES, 54103 TASK_PERMISSION_DENIED,
 * 24156 ANNOTATION_PERMISSION_DENIED): a key without the scope, a user who is not a
 * collaborator, or a user who is not a worker or reviewer of the task.
 */
public class PermissionDeniedException extends dev.labelsdk.core.PermissionDeniedException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param status the body's {@code status}, or null when the body is not a Clarifai envelope
   * @param rawBody the body as received ({@code ""} when none)
   * @param retryAfter the {@code Retry-After} header as a duration, or null
   */
  public PermissionDeniedException(int httpStatus, Status status, String rawBody,
      Duration retryAfter) {
    super(ErrorMapping.describe(httpStatus, status, rawBody, null),
        ErrorMapping.response(httpStatus, status, rawBody, retryAfter), null);
  }
}
