package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.clarifai.model.StatusCode;
import java.util.Optional;

/**
 * What a Clarifai failure adds to a {@link dev.labelsdk.core.ApiException}: the body's
 * {@code status}. Every exception {@link ClarifaiClient} throws for a failed call implements
 * it; the type itself is chosen by the body's {@code status.code} (the HTTP status only when
 * the body is not a Clarifai envelope), spec §12:
 *
 * <table>
 *   <caption>Status code to exception (all in {@code dev.labelsdk.clarifai})</caption>
 *   <tr><th>Exception</th><th>extends</th><th>Codes</th></tr>
 *   <tr><td>{@link NotFoundException}</td><td>{@code core.NotFoundException}</td>
 *       <td>54102, 11101, 30102</td></tr>
 *   <tr><td>{@link AuthenticationException}</td><td>{@code core.UnauthorizedException}</td>
 *       <td>11001, 11002, 11008, 11009; 11102 with HTTP 401</td></tr>
 *   <tr><td>{@link PermissionDeniedException}</td>
 *       <td>{@code core.PermissionDeniedException}</td><td>11007, 54103, 24156</td></tr>
 *   <tr><td>{@link InvalidRequestException}</td><td>{@code core.BadRequestException}</td>
 *       <td>11100, 11102, 11103, 24155, 30104, 10020, 54101</td></tr>
 *   <tr><td>{@link ConflictException}</td><td>{@code core.ConflictException}</td>
 *       <td>54100, 40010</td></tr>
 *   <tr><td>{@link RateLimitException}</td><td>{@code core.RateLimitException}</td>
 *       <td>11005, 11003, 11004</td></tr>
 *   <tr><td>{@link ServerException}</td><td>{@code core.ServerException}</td><td>98004, 99009,
 *       10030, other codes from 98000</td></tr>
 *   <tr><td>by the HTTP status as below</td><td></td><td>other codes</td></tr>
 *   <tr><td>{@link MalformedResponseException}</td>
 *       <td>{@code core.MalformedResponseException}</td><td>a 2xx answer that is not a Clarifai
 *       response</td></tr>
 *   <tr><td>{@link ConnectionException}</td><td>{@code core.ConnectionException}</td><td>no
 *       answer (I/O failure, timeout)</td></tr>
 * </table>
 *
 * <p>Without an envelope (or with an unknown code): 401 {@link AuthenticationException}, 403
 * {@link PermissionDeniedException}, 404 {@link NotFoundException}, 409
 * {@link ConflictException}, 429 {@link RateLimitException}, 5xx {@link ServerException}, any
 * other status {@link InvalidRequestException}.
 *
 * <p>{@link StatusCode#MIXED_STATUS} is not an error: batch calls return a
 * {@link dev.labelsdk.clarifai.model.BatchResult} with each item's status. Requests the client
 * refuses before sending throw {@link dev.labelsdk.core.InvalidRequestException}.
 *
 * <pre>{@code
 * } catch (ApiException e) {
 *   int code = e instanceof ClarifaiError c ? c.code() : 0;
 * }
 * }</pre>
 */
public interface ClarifaiError {

  /** The message: the code, description and details, a hint, and the req_id. */
  String getMessage();

  /** The response body as received ({@code ""} when none). */
  String rawBody();

  /** The status details, or the raw text when the body is not an envelope. */
  String errorMessage();

  /** The answer's {@code status.req_id}, when it has one. */
  Optional<String> requestId();

  /** The HTTP status; 0 when no answer was received. */
  int httpStatus();

  /** The body's {@code status}; empty when the answer was not a Clarifai error envelope. */
  default Optional<Status> status() {
    return ErrorMapping.envelopeStatus(rawBody());
  }

  /** The body's {@code status.code}; 0 when the answer had no Clarifai status (or none came). */
  default int code() {
    return status().map(s -> s.code().number()).orElse(0);
  }

  /** {@link #code()} as a {@link StatusCode}. */
  default StatusCode statusCode() {
    return StatusCode.of(code());
  }

  /** The status description, e.g. {@code "Task not found"} ({@code ""} when none). */
  default String description() {
    return status().map(Status::description).orElse("");
  }

  /** What went wrong: the status details, or the raw body when it was not an envelope. */
  default String details() {
    return errorMessage();
  }

  /** The request id of the answer: quote it when contacting support ({@code ""} when none). */
  default String reqId() {
    return requestId().orElse("");
  }
}
