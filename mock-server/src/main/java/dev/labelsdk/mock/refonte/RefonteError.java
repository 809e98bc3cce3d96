package dev.labelsdk.mock.refonte;

/**
 * A request the Refonte API refuses, with the status code the spec gives it (400, 401, 402,
 * 404, 409, 429). The transport renders it as {@code {"status_code": N, "error": "..."}}.
 */
public final class RefonteError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Long retryAfterSeconds;

  private RefonteError(int status, String message, Long retryAfterSeconds) {
    super(message, null, false, false);
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static RefonteError badRequest(String message) {
    return new RefonteError(400, message, null);
  }

  /** Scale-style validation message: {@code Parameter is invalid, reason: ...}. */
  public static RefonteError invalidParameter(String reason) {
    return badRequest("Parameter is invalid, reason: " + reason);
  }

  public static RefonteError unauthorized() {
    return new RefonteError(401, "Please provide a valid API key.", null);
  }

  public static RefonteError notEnabled(String message) {
    return new RefonteError(402, message, null);
  }

  public static RefonteError notFound(String message) {
    return new RefonteError(404, message, null);
  }

  public static RefonteError conflict(String message) {
    return new RefonteError(409, message, null);
  }

  public static RefonteError tooManyRequests(String message, long retryAfterSeconds) {
    return new RefonteError(429, message, retryAfterSeconds);
  }

  /** 503: the mock is full (a bound it keeps, such as the number of tenants, is reached). */
  public static RefonteError unavailable(String message) {
    return new RefonteError(503, message, null);
  }

  public int status() {
    return status;
  }

  /** Seconds for the {@code Retry-After} header, or null when the answer carries none. */
  public Long retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
