package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.LabelSdkException;
import java.time.Duration;
import java.util.Optional;

/**
 * A failed Clarifai API call. The type is chosen by the response body's {@code status.code}
 * (the HTTP status only when the body is not a Clarifai envelope), spec §12:
 *
 * <table>
 *   <caption>Status code to exception</caption>
 *   <tr><th>Exception</th><th>Codes</th></tr>
 *   <tr><td>{@link NotFoundException}</td><td>54102, 11101, 30102</td></tr>
 *   <tr><td>{@link AuthenticationException}</td><td>11001, 11002, 11008, 11009; 11102 with
 *       HTTP 401</td></tr>
 *   <tr><td>{@link PermissionDeniedException}</td><td>11007, 54103, 24156</td></tr>
 *   <tr><td>{@link InvalidRequestException}</td><td>11100, 11102, 11103, 24155, 30104, 10020,
 *       54101; also checks made before sending</td></tr>
 *   <tr><td>{@link ConflictException}</td><td>54100, 40010</td></tr>
 *   <tr><td>{@link RateLimitException}</td><td>11005, 11003, 11004</td></tr>
 *   <tr><td>{@link ServerException}</td><td>98004, 99009, 10030, other codes from 98000,
 *       and unknown codes with HTTP 5xx</td></tr>
 *   <tr><td>{@code ClarifaiApiException}</td><td>other codes</td></tr>
 *   <tr><td>{@link MalformedResponseException}</td><td>a 2xx answer that is not a Clarifai
 *       response</td></tr>
 *   <tr><td>{@link ConnectionException}</td><td>no answer (I/O failure, timeout)</td></tr>
 * </table>
 *
 * <p>{@link StatusCode#MIXED_STATUS} is not an error: batch calls return a
 * {@link dev.labelsdk.clarifai.model.BatchResult} with each item's status.
 */
public class ClarifaiApiException extends LabelSdkException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final int code;
  private final String description;
  private final String details;
  private final String reqId;
  private final String rawBody;
  private final Duration retryAfter;

  /**
   * An error answer without a more specific type.
   *
   * @param httpStatus the HTTP status (0 when nothing was received)
   * @param status the body's {@code status}, or null when the body is not a Clarifai envelope
   * @param rawBody the body as received ({@code ""} when none)
   * @param retryAfter the {@code Retry-After} header as a duration, or null
   */
  public ClarifaiApiException(int httpStatus, Status status, String rawBody, Duration retryAfter) {
    this(httpStatus, status, rawBody, retryAfter, null, null);
  }

  /** For subclasses: adds a hint on what to do, and a cause. */
  protected ClarifaiApiException(int httpStatus, Status status, String rawBody,
      Duration retryAfter, String hint, Throwable cause) {
    super(describe(httpStatus, status, rawBody, hint), cause);
    this.httpStatus = httpStatus;
    this.code = status == null ? 0 : status.code().number();
    this.description = status == null ? "" : status.description();
    this.details = status != null ? status.details() : rawBody == null ? "" : rawBody.strip();
    this.reqId = status == null ? "" : status.reqId();
    this.rawBody = rawBody == null ? "" : rawBody;
    this.retryAfter = retryAfter;
  }

  /** The body's {@code status.code}; 0 when the answer had no Clarifai status (or none came). */
  public int code() {
    return code;
  }

  /** {@link #code()} as a {@link StatusCode}. */
  public StatusCode statusCode() {
    return StatusCode.of(code);
  }

  /** The status description, e.g. {@code "Task not found"} ({@code ""} when none). */
  public String description() {
    return description;
  }

  /**
   * What went wrong: the status details, the raw body when it was not an envelope, or the
   * problems found before sending.
   */
  public String details() {
    return details;
  }

  /** The request id of the answer: quote it when contacting support ({@code ""} when none). */
  public String reqId() {
    return reqId;
  }

  /** The HTTP status; 0 when no answer was received or nothing was sent. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The response body as received ({@code ""} when none). */
  public String rawBody() {
    return rawBody;
  }

  /** How long the server asked to wait ({@code Retry-After}), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  private static String describe(int httpStatus, Status status, String rawBody, String hint) {
    StringBuilder sb = new StringBuilder("Clarifai API");
    if (status != null) {
      sb.append(" error ").append(status);
    } else if (httpStatus > 0) {
      String text = rawBody == null ? "" : rawBody.strip();
      sb.append(" answered HTTP ").append(httpStatus);
      if (!text.isEmpty()) {
        // An HTML error page can be long; the full text stays in rawBody().
        sb.append(": ").append(text.length() > 300 ? text.substring(0, 300) + "..." : text);
      }
    }
    if (hint != null) {
      sb.append(status == null && httpStatus == 0 ? ": "
          : sb.charAt(sb.length() - 1) == '.' ? " " : ". ").append(hint);
    }
    if (status != null && !status.reqId().isEmpty()) {
      sb.append(" (HTTP ").append(httpStatus).append(", req_id ").append(status.reqId())
          .append(')');
    }
    return sb.toString();
  }
}
