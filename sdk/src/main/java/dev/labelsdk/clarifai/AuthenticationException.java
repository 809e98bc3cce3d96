package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The key was refused (11001, 11002, 11008, 11009, or 11102 with HTTP 401): it is missing,
 * malformed, unknown, or does not fit the app. Check the PAT or app key (and
 * {@code CLARIFAI_PAT}), and that a PAT is used with {@code userId} and {@code appId}.
 */
public class AuthenticationException extends dev.labelsdk.core.UnauthorizedException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param status the body's {@code status}, or null when the body is not a Clarifai envelope
   * @param rawBody the body as received ({@code ""} when none)
   * @param retryAfter the {@code Retry-After} header as a duration, or null
   */
  public AuthenticationException(int httpStatus, Status status, String rawBody,
      Duration retryAfter) {
    super(ErrorMapping.describe(httpStatus, status, rawBody, "Check the personal access token or"
        + " app key (" + ClarifaiClient.PAT_ENV + ") and the user and app it is used with."),
        ErrorMapping.response(httpStatus, status, rawBody, retryAfter), null);
  }
}
