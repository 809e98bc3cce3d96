package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The task, input, dataset, annotation, app or path does not exist (54102 TASK_MISSING,
 * 11101 CONN_DOES_NOT_EXIST, 30102 INPUT_DOES_NOT_EXIST), or belongs to another app.
 */
public class NotFoundException extends ClarifaiApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ClarifaiApiException#ClarifaiApiException(int, Status, String, Duration)}. */
  public NotFoundException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    super(httpStatus, status, rawBody, retryAfter, null, null);
  }
}
