package dev.labelsdk.refonte;

/**
 * Marks the exceptions {@link RefonteClient} throws for a failed call (all of them
 * {@link dev.labelsdk.core.ApiException}s), and keeps their old accessor name.
 *
 * <table>
 *   <caption>Status to exception</caption>
 *   <tr><th>Status</th><th>Exception thrown</th><th>catch it as</th></tr>
 *   <tr><td>400</td><td>{@link BadRequestException}</td>
 *       <td>{@code core.BadRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link UnauthorizedException}</td>
 *       <td>{@code core.UnauthorizedException}</td></tr>
 *   <tr><td>402</td><td>{@link NotEnabledException}</td><td>{@code NotEnabledException}</td></tr>
 *   <tr><td>404</td><td>{@link NotFoundException}</td>
 *       <td>{@code core.NotFoundException}</td></tr>
 *   <tr><td>409 naming a task</td><td>{@link DuplicateTaskException}</td>
 *       <td>{@code DuplicateTaskException} (a {@code core.ConflictException})</td></tr>
 *   <tr><td>409 other</td><td>{@link ConflictException}</td>
 *       <td>{@code core.ConflictException}</td></tr>
 *   <tr><td>429</td><td>{@link RateLimitException}</td>
 *       <td>{@code core.RateLimitException}</td></tr>
 *   <tr><td>5xx</td><td>{@link ServerException}</td><td>{@code core.ServerException}</td></tr>
 *   <tr><td>other non-2xx</td><td>{@code core.ApiException}</td>
 *       <td>{@code core.ApiException}</td></tr>
 *   <tr><td>2xx with an unreadable body</td><td>{@link MalformedResponseException}</td>
 *       <td>{@code core.MalformedResponseException}</td></tr>
 *   <tr><td>no response (I/O error, timeout)</td><td>{@link ConnectionException}</td>
 *       <td>{@code core.ConnectionException}</td></tr>
 * </table>
 */
public interface RefonteError {

  /** The HTTP status; 0 when no answer was received. */
  int httpStatus();

  /**
   * The HTTP status; 0 when no answer was received.
   *
   * @deprecated use {@link dev.labelsdk.core.ApiException#httpStatus()}
   */
  @Deprecated
  default int statusCode() {
    return httpStatus();
  }
}
