package dev.labelsdk.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A call to an API failed: it answered with an error, answered something unreadable, or did
 * not answer. Both clients throw this type's subclasses, one per meaning, so that one
 * {@code catch} handles a meaning whichever API it comes from:
 *
 * <table>
 *   <caption>Meaning to exception</caption>
 *   <tr><th>Exception</th><th>Meaning</th><th>Retried by the clients</th></tr>
 *   <tr><td>{@link BadRequestException}</td><td>the request is invalid</td><td>no</td></tr>
 *   <tr><td>{@link UnauthorizedException}</td><td>the key is missing, unknown or
 *       malformed</td><td>no</td></tr>
 *   <tr><td>{@link PermissionDeniedException}</td><td>the key may not do this</td>
 *       <td>no</td></tr>
 *   <tr><td>{@link NotFoundException}</td><td>no such object</td><td>no</td></tr>
 *   <tr><td>{@link ConflictException}</td><td>the id, name or state is in the way</td>
 *       <td>no</td></tr>
 *   <tr><td>{@link RateLimitException}</td><td>too many requests</td><td>yes</td></tr>
 *   <tr><td>{@link ServerException}</td><td>the server failed</td><td>when safe</td></tr>
 *   <tr><td>{@link ConnectionException}</td><td>no answer (I/O failure, timeout)</td>
 *       <td>when safe</td></tr>
 *   <tr><td>{@link MalformedResponseException}</td><td>a success status with a body that is
 *       not the API's</td><td>no</td></tr>
 *   <tr><td>{@code ApiException} itself</td><td>any other error answer</td><td>depends on
 *       the API</td></tr>
 * </table>
 *
 * <p>Per-API details live on the clients' subclasses (for example
 * {@code dev.labelsdk.refonte.DuplicateTaskException#conflictingTaskId()}, or the Clarifai
 * status code through {@code dev.labelsdk.clarifai.ClarifaiError}).
 */
public class ApiException extends LabelSdkException {

  private static final long serialVersionUID = 1L;

  private final ErrorResponse response;

  /**
   * @param message the whole message, as {@link #getMessage()} returns it
   * @param response what was received
   * @param cause the underlying failure, or null
   */
  public ApiException(String message, ErrorResponse response, Throwable cause) {
    super(message, cause);
    this.response = Objects.requireNonNull(response, "response");
  }

  /** Everything the failed call received. */
  public ErrorResponse response() {
    return response;
  }

  /** The HTTP status; 0 when no answer was received. */
  public int httpStatus() {
    return response.httpStatus();
  }

  /** The server's message ({@code ""} when none); see {@link ErrorResponse#errorMessage()}. */
  public String errorMessage() {
    return response.errorMessage();
  }

  /** The response body as received ({@code ""} when none). */
  public String rawBody() {
    return response.rawBody();
  }

  /** The request id of the answer: quote it when contacting support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(response.requestId());
  }

  /** How long the server asked to wait ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(response.retryAfter());
  }
}
