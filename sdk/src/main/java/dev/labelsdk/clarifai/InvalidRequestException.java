package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The server refused the request as invalid (11100 CONN_BAD_REQUEST_FORMAT, 11102
 * CONN_INVALID_REQUEST, 11103, 24155, 30104, 10020 FAILURE when every item of a batch failed,
 * 54101, or a code this client does not know with a 4xx status). Requests the client refuses
 * before sending throw {@link dev.labelsdk.core.InvalidRequestException} instead.
 */
public class InvalidRequestException extends dev.labelsdk.core.BadRequestException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param status the body's {@code status}, or null when the body is not a Clarifai envelope
   * @param rawBody the body as received ({@code ""} when none)
   * @param retryAfter the {@code Retry-After} header as a duration, or null
   */
  public InvalidRequestException(int httpStatus, Status status, String rawBody,
      Duration retryAfter) {
    super(ErrorMapping.describe(httpStatus, status, rawBody, null),
        ErrorMapping.response(httpStatus, status, rawBody, retryAfter), null);
  }
}
