package dev.labelsdk.mock.http;

import java.util.Locale;

/**
 * An injected fault (Refonte spec §8.4): the next {@code count} requests matching
 * {@code method} and {@code pathPrefix} get {@code status} (with an optional
 * {@code Retry-After}) or a connection reset, either {@link When#BEFORE} processing or
 * {@link When#AFTER} it ("commit then fail").
 */
public record Fault(
    Integer status, int count, Long retryAfterSeconds, String method, String pathPrefix,
    When when, String message, boolean connectionReset) {

  /** When the fault replaces the response. */
  public enum When {
    /** Nothing is processed. */
    BEFORE,
    /** The request is processed and committed; only the response is lost. */
    AFTER;

    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public Fault {
    if (!connectionReset && (status == null || status < 400 || status > 599)) {
      throw new IllegalArgumentException("\"status\" must be between 400 and 599");
    }
    if (count < 1) {
      throw new IllegalArgumentException("\"count\" must be >= 1");
    }
    if (retryAfterSeconds != null && retryAfterSeconds < 0) {
      throw new IllegalArgumentException("\"retry_after\" must be >= 0");
    }
    method = method == null ? null : method.toUpperCase(Locale.ROOT);
    when = when == null ? When.BEFORE : when;
  }

  /** A status fault for one request. */
  public static Fault status(int status) {
    return new Fault(status, 1, null, null, null, When.BEFORE, null, false);
  }

  /** A connection reset (no HTTP answer at all) for one request. */
  public static Fault reset() {
    return new Fault(null, 1, null, null, null, When.BEFORE, null, true);
  }

  public Fault times(int n) {
    return new Fault(status, n, retryAfterSeconds, method, pathPrefix, when, message, connectionReset);
  }

  public Fault retryAfter(long seconds) {
    return new Fault(status, count, seconds, method, pathPrefix, when, message, connectionReset);
  }

  public Fault on(String method, String pathPrefix) {
    return new Fault(status, count, retryAfterSeconds, method, pathPrefix, when, message, connectionReset);
  }

  /** Process the request and commit it, then answer with this fault. */
  public Fault afterProcessing() {
    return new Fault(status, count, retryAfterSeconds, method, pathPrefix, When.AFTER, message, connectionReset);
  }

  public Fault withMessage(String text) {
    return new Fault(status, count, retryAfterSeconds, method, pathPrefix, when, text, connectionReset);
  }

  boolean matches(String requestMethod, String normalisedPath) {
    return (method == null || method.equals(requestMethod))
        && (pathPrefix == null || normalisedPath.startsWith(pathPrefix));
  }
}
