package dev.labelsdk.mock.refonte;

/**
 * A request the Refonte API refuses: an {@link ErrorCode}, the message for the envelope's
 * {@code error}, and how long to wait before retrying when the refusal is temporary. The wire
 * layer renders it as {@code {"status_code": N, "error": "..."}}.
 */
public final class RefonteError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final Long retryAfterSeconds;

  public RefonteError(ErrorCode code, String message) {
    this(code, message, null);
  }

  private RefonteError(ErrorCode code, String message, Long retryAfterSeconds) {
    super(message, null, false, false);
    this.code = code;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** The body cannot be read as what the endpoint takes. */
  public static RefonteError malformed(String message) {
    return new RefonteError(ErrorCode.MALFORMED_REQUEST, message);
  }

  /** A value breaks a rule; the message is shown as it is. */
  public static RefonteError invalid(String message) {
    return new RefonteError(ErrorCode.INVALID_PARAMETER, message);
  }

  /** Scale-style validation message: {@code Parameter is invalid, reason: ...}. */
  public static RefonteError invalidParameter(String reason) {
    return invalid("Parameter is invalid, reason: " + reason);
  }

  public static RefonteError invalidState(String message) {
    return new RefonteError(ErrorCode.INVALID_STATE, message);
  }

  public static RefonteError unauthorized() {
    return new RefonteError(ErrorCode.UNAUTHORIZED, "Please provide a valid API key.");
  }

  public static RefonteError notEnabled(String message) {
    return new RefonteError(ErrorCode.NOT_ENABLED, message);
  }

  public static RefonteError notFound(String message) {
    return new RefonteError(ErrorCode.NOT_FOUND, message);
  }

  public static RefonteError alreadyExists(String message) {
    return new RefonteError(ErrorCode.ALREADY_EXISTS, message);
  }

  /** Spec §5.1: {@code holderId} holds {@code uniqueId}. */
  public static RefonteError duplicateUniqueId(String uniqueId, String holderId) {
    return new RefonteError(ErrorCode.DUPLICATE_UNIQUE_ID, "The unique_id (\"" + uniqueId
        + "\") is already used for a different task (" + holderId + ").");
  }

  public static RefonteError idempotencyConflict() {
    return new RefonteError(ErrorCode.IDEMPOTENCY_CONFLICT,
        "The provided idempotency key is already in use for a different request.");
  }

  /** Retry after a second: the first request will have finished by then. */
  public static RefonteError inFlight() {
    return new RefonteError(ErrorCode.IN_FLIGHT,
        "A request with this idempotency key is still being processed; retry shortly.", 1L);
  }

  public static RefonteError rateLimited(String message, long retryAfterSeconds) {
    return new RefonteError(ErrorCode.RATE_LIMITED, message, retryAfterSeconds);
  }

  /** A bound the mock keeps, such as the number of tenants, is reached. */
  public static RefonteError mockFull(String message) {
    return new RefonteError(ErrorCode.MOCK_FULL, message);
  }

  public ErrorCode code() {
    return code;
  }

  /** Seconds to wait before retrying, or null when the refusal is not temporary. */
  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
