package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.util.Optional;

/**
 * A successful HTTP answer whose body is not a Clarifai response (not JSON, no
 * {@code status}, or a field of the wrong type): typically a proxy's page, or a base URL that
 * does not point at the API. Not retried. Its {@link #code()} is 0.
 */
public class MalformedResponseException extends dev.labelsdk.core.MalformedResponseException
    implements ClarifaiError {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param reason what is wrong with the body
   * @param rawBody the body as received
   * @param cause the parse failure, or null
   */
  public MalformedResponseException(int httpStatus, String reason, String rawBody,
      Throwable cause) {
    super(ErrorMapping.describe(httpStatus, null, rawBody,
        "The answer is not a Clarifai response: " + reason),
        ErrorMapping.response(httpStatus, null, rawBody, null), cause);
  }

  /** Always empty: whatever status the body has, the answer as a whole is unreadable. */
  @Override
  public Optional<Status> status() {
    return Optional.empty();
  }
}
