package dev.labelsdk.mock.clarifai.wire;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An injected fault (spec §10): the next {@code times} Clarifai requests matching
 * {@code method} and {@code pathRegex} (found anywhere in the decoded path) wait
 * {@code delayMs}, then get {@code statusCode} in the envelope (HTTP status by the mapping
 * unless {@code httpStatus} is given, {@code Retry-After} when {@code retryAfter} is), or a
 * dropped connection. A fault with neither only delays the request (mock choice). With
 * {@code afterProcessing} ({@code "when": "after"}, an extension like Refonte's) the request is
 * processed and committed first ({@code processFirst}) and only its answer is replaced:
 * "created, but the answer was lost".
 */
public record ClarifaiFault(String method, String pathRegex, int times, Integer statusCode,
    Integer httpStatus, Long retryAfter, long delayMs, boolean dropConnection,
    boolean processFirst) {

  public ClarifaiFault {
    method = method == null ? null : method.toUpperCase(Locale.ROOT);
    if (times < 1) {
      throw new IllegalArgumentException("\"times\" must be >= 1");
    }
    if (httpStatus != null && (httpStatus < 100 || httpStatus > 599)) {
      throw new IllegalArgumentException("\"http_status\" must be between 100 and 599");
    }
    if (retryAfter != null && retryAfter < 0) {
      throw new IllegalArgumentException("\"retry_after\" must be >= 0");
    }
    if (delayMs < 0) {
      throw new IllegalArgumentException("\"delay_ms\" must be >= 0");
    }
    if (pathRegex != null) {
      Pattern.compile(pathRegex); // PatternSyntaxException is an IllegalArgumentException
    }
  }

  /** One request answered with status code {@code code}. */
  public static ClarifaiFault status(int code) {
    return new ClarifaiFault(null, null, 1, code, null, null, 0, false, false);
  }

  /** One request whose connection is closed without an answer. */
  public static ClarifaiFault drop() {
    return new ClarifaiFault(null, null, 1, null, null, null, 0, true, false);
  }

  /** The same fault for the next {@code n} matching requests. */
  public ClarifaiFault times(int n) {
    return new ClarifaiFault(method, pathRegex, n, statusCode, httpStatus, retryAfter, delayMs, dropConnection, processFirst);
  }

  /** Only requests with this method (null: any) and a path matching {@code regex} (null: any). */
  public ClarifaiFault on(String requestMethod, String regex) {
    return new ClarifaiFault(requestMethod, regex, times, statusCode, httpStatus, retryAfter, delayMs,
        dropConnection, processFirst);
  }

  /** Answers with this HTTP status instead of the mapped one. */
  public ClarifaiFault httpStatus(int status) {
    return new ClarifaiFault(method, pathRegex, times, statusCode, status, retryAfter, delayMs, dropConnection, processFirst);
  }

  /** Adds {@code Retry-After: seconds}. */
  public ClarifaiFault retryAfter(long seconds) {
    return new ClarifaiFault(method, pathRegex, times, statusCode, httpStatus, seconds, delayMs, dropConnection, processFirst);
  }

  /** Waits this long before answering (or processing). */
  public ClarifaiFault delayMs(long millis) {
    return new ClarifaiFault(method, pathRegex, times, statusCode, httpStatus, retryAfter, millis, dropConnection, processFirst);
  }

  /** Processes the request first and replaces only its answer (commit, then fail). */
  public ClarifaiFault afterProcessing() {
    return new ClarifaiFault(method, pathRegex, times, statusCode, httpStatus, retryAfter, delayMs,
        dropConnection, true);
  }

  boolean matches(String requestMethod, String path) {
    return (method == null || method.equals(requestMethod))
        && (pathRegex == null || Pattern.compile(pathRegex).matcher(path).find());
  }
}
