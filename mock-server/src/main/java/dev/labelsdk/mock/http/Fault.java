package dev.labelsdk.mock.http;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An injected fault, the one fault model of both APIs (Refonte spec §8.4, Clarifai spec §10):
 * the next {@code count} requests matching {@code method}, {@code pathPrefix} and
 * {@code pathRegex} (found anywhere in the normalised path) wait {@code delayMs}, then get an
 * error answer or a dropped connection, either {@link When#BEFORE} processing or
 * {@link When#AFTER} it ("commit then fail"). A fault with no answer only delays.
 *
 * <p>The answer is built by the API's wire layer in its own envelope: Refonte from
 * {@code status} and {@code message}; Clarifai from its status {@code code} (the HTTP status by
 * its mapping unless {@code status} is given), or from {@code status} alone with the code of a
 * transport error of that status (98004 for 5xx, 11100 for 4xx). Both add {@code Retry-After} when
 * {@code retryAfterSeconds} is set. Each control plane checks what its own JSON may say; this
 * record only keeps the values coherent.
 */
public record Fault(
    Integer status, Integer code, int count, Long retryAfterSeconds, String method,
    String pathPrefix, String pathRegex, When when, long delayMs, String message,
    boolean dropConnection) {

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
    if (status != null && (status < 100 || status > 599)) {
      throw new IllegalArgumentException("the HTTP status must be between 100 and 599");
    }
    if (count < 1) {
      throw new IllegalArgumentException("the count must be >= 1");
    }
    if (retryAfterSeconds != null && retryAfterSeconds < 0) {
      throw new IllegalArgumentException("Retry-After must be >= 0");
    }
    if (delayMs < 0) {
      throw new IllegalArgumentException("the delay must be >= 0");
    }
    if (pathRegex != null) {
      Pattern.compile(pathRegex); // PatternSyntaxException is an IllegalArgumentException
    }
    method = method == null ? null : method.toUpperCase(Locale.ROOT);
    when = when == null ? When.BEFORE : when;
  }

  /** One request answered with this HTTP status (Refonte: 400 to 599). */
  public static Fault status(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("\"status\" must be between 400 and 599");
    }
    return new Fault(status, null, 1, null, null, null, null, When.BEFORE, 0, null, false);
  }

  /** One request answered with this API error code (Clarifai: a status code). */
  public static Fault code(int code) {
    return new Fault(null, code, 1, null, null, null, null, When.BEFORE, 0, null, false);
  }

  /** A connection reset (no HTTP answer at all) for one request. */
  public static Fault reset() {
    return new Fault(null, null, 1, null, null, null, null, When.BEFORE, 0, null, true);
  }

  /** One request that is only delayed, then processed as usual. */
  public static Fault delay(long millis) {
    return new Fault(null, null, 1, null, null, null, null, When.BEFORE, millis, null, false);
  }

  /** The same fault for the next {@code n} matching requests. */
  public Fault times(int n) {
    return new Fault(status, code, n, retryAfterSeconds, method, pathPrefix, pathRegex, when, delayMs, message,
        dropConnection);
  }

  /** Adds {@code Retry-After: seconds}. */
  public Fault retryAfter(long seconds) {
    return new Fault(status, code, count, seconds, method, pathPrefix, pathRegex, when, delayMs, message,
        dropConnection);
  }

  /** Only requests with this method (null: any) whose normalised path starts with {@code prefix} (null: any). */
  public Fault on(String requestMethod, String prefix) {
    return new Fault(status, code, count, retryAfterSeconds, requestMethod, prefix, pathRegex, when, delayMs,
        message, dropConnection);
  }

  /** Only requests with this method (null: any) whose normalised path contains a match of {@code regex}. */
  public Fault onRegex(String requestMethod, String regex) {
    return new Fault(status, code, count, retryAfterSeconds, requestMethod, pathPrefix, regex, when, delayMs,
        message, dropConnection);
  }

  /** Process the request and commit it, then answer with this fault. */
  public Fault afterProcessing() {
    return new Fault(status, code, count, retryAfterSeconds, method, pathPrefix, pathRegex, When.AFTER, delayMs,
        message, dropConnection);
  }

  /** Answers with this HTTP status (Clarifai: instead of the mapped one). */
  public Fault httpStatus(int httpStatus) {
    return new Fault(httpStatus, code, count, retryAfterSeconds, method, pathPrefix, pathRegex, when, delayMs,
        message, dropConnection);
  }

  /** Waits this long before answering (or processing), without holding a server thread. */
  public Fault delayMs(long millis) {
    return new Fault(status, code, count, retryAfterSeconds, method, pathPrefix, pathRegex, when, millis,
        message, dropConnection);
  }

  /** The error message of the answer (Refonte's {@code error}). */
  public Fault withMessage(String text) {
    return new Fault(status, code, count, retryAfterSeconds, method, pathPrefix, pathRegex, when, delayMs, text,
        dropConnection);
  }

  boolean matches(String requestMethod, String normalisedPath) {
    return (method == null || method.equals(requestMethod))
        && (pathPrefix == null || normalisedPath.startsWith(pathPrefix))
        && (pathRegex == null || Pattern.compile(pathRegex).matcher(normalisedPath).find());
  }
}
