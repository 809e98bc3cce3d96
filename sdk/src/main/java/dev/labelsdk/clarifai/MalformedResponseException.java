package dev.labelsdk.clarifai;

/**
 * A successful HTTP answer whose body is not a Clarifai response (not JSON, no
 * {@code status}, or a field of the wrong type): typically a proxy's page, or a base URL that
 * does not point at the API. Not retried.
 */
public class MalformedResponseException extends ClarifaiApiException {

  private static final long serialVersionUID = 1L;

  /**
   * @param httpStatus the HTTP status
   * @param reason what is wrong with the body
   * @param rawBody the body as received
   * @param cause the parse failure, or null
   */
  public MalformedResponseException(int httpStatus, String reason, String rawBody,
      Throwable cause) {
    super(httpStatus, null, rawBody, null, "The answer is not a Clarifai response: " + reason,
        cause);
  }
}
