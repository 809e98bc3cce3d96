package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The caller may not do this (11007 CONN_INSUFFICIENT_SCOPES, 54103 TASK_PERMISSION_DENIED,
 * 24156 ANNOTATION_PERMISSION_DENIED): a key without the scope, a user who is not a
 * collaborator, or a user who is not a worker or reviewer of the task.
 */
public class PermissionDeniedException extends ClarifaiApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ClarifaiApiException#ClarifaiApiException(int, Status, String, Duration)}. */
  public PermissionDeniedException(int httpStatus, Status status, String rawBody,
      Duration retryAfter) {
    super(httpStatus, status, rawBody, retryAfter, null, null);
  }
}
