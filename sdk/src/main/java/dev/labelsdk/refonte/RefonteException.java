package dev.labelsdk.refonte;

import dev.labelsdk.core.LabelSdkException;
import java.time.Duration;
import java.util.Optional;

/**
 * A failed Refonte API call. Subclasses give each meaning its own type:
 *
 * <table>
 *   <caption>Status to exception</caption>
 *   <tr><th>Status</th><th>Exception</th></tr>
 *   <tr><td>400</td><td>{@link BadRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link UnauthorizedException}</td></tr>
 *   <tr><td>402</td><td>{@link NotEnabledException}</td></tr>
 *   <tr><td>404</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>409</td><td>{@link ConflictException}, {@link DuplicateTaskException} when the
 *       message names a task</td></tr>
 *   <tr><td>429</td><td>{@link RateLimitException}</td></tr>
 *   <tr><td>5xx</td><td>{@link ServerException}</td></tr>
 *   <tr><td>other non-2xx</td><td>{@code RefonteException}</td></tr>
 *   <tr><td>2xx with an unreadable body</td><td>{@link MalformedResponseException}</td></tr>
 *   <tr><td>no response (I/O error, timeout)</td><td>{@link ConnectionException}</td></tr>
 * </table>
 */
public class RefonteException extends LabelSdkException {

  private static final long serialVersionUID = 1L;

  /** HTTP status, 0 without response. */
  private final int statusCode;
  /** The server's message. */
  private final String errorMessage;
  /** The body as received. */
  private final String rawBody;
  /** X-Request-Id, or null. */
  private final String requestId;
  /** Retry-After, or null. */
  private final Duration retryAfter;

  /**
   * An error answer without a more specific type.
   *
   * @param statusCode the HTTP status (0 when there was no response)
   * @param errorMessage the body's {@code error}, or its raw text when it is not JSON
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   */
  public RefonteException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    this(statusCode, errorMessage, rawBody, requestId, retryAfter, null, null);
  }

  /** For subclasses: adds a hint on what to do, and a cause. */
  protected RefonteException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter, String hint, Throwable cause) {
    super(describe(statusCode, errorMessage, requestId, hint), cause);
    this.statusCode = statusCode;
    this.errorMessage = errorMessage == null ? "" : errorMessage;
    this.rawBody = rawBody == null ? "" : rawBody;
    this.requestId = requestId;
    this.retryAfter = retryAfter;
  }

  /** The HTTP status, or 0 when no response was received. */
  public int statusCode() {
    return statusCode;
  }

  /** The server's message: the body's {@code error}, or the raw text when not JSON. */
  public String errorMessage() {
    return errorMessage;
  }

  /** The response body as received ({@code ""} when none). */
  public String rawBody() {
    return rawBody;
  }

  /** The {@code X-Request-Id} of the response: quote it when contacting support. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** How long the server asked to wait ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  private static String describe(int status, String error, String requestId, String hint) {
    StringBuilder sb = new StringBuilder();
    sb.append(status > 0 ? "Refonte API answered HTTP " + status : "Refonte API call failed");
    if (error != null && !error.isBlank()) {
      String text = error.strip();
      // An HTML error page can be long; the full text stays in errorMessage()/rawBody().
      sb.append(": ").append(text.length() > 500 ? text.substring(0, 500) + "..." : text);
    }
    if (hint != null) {
      sb.append(sb.charAt(sb.length() - 1) == '.' ? " " : ". ").append(hint);
    }
    if (requestId != null) {
      sb.append(" (request id ").append(requestId).append(')');
    }
    return sb.toString();
  }
}
