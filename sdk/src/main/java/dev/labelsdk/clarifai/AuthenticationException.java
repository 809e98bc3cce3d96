package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;

/**
 * The key was refused (11001, 11002, 11008, 11009, or 11102 with HTTP 401): it is missing,
 * malformed, unknown, or does not fit the app. Check the PAT or app key (and
 * {@code CLARIFAI_PAT}), and that a PAT is used with {@code userId} and {@code appId}.
 */
public class AuthenticationException extends ClarifaiApiException {

  private static final long serialVersionUID = 1L;

  /** See {@link ClarifaiApiException#ClarifaiApiException(int, Status, String, Duration)}. */
  public AuthenticationException(int httpStatus, Status status, String rawBody,
      Duration retryAfter) {
    super(httpStatus, status, rawBody, retryAfter, "Check the personal access token or app key"
        + " (" + ClarifaiClient.PAT_ENV + ") and the user and app it is used with.", null);
  }
}
