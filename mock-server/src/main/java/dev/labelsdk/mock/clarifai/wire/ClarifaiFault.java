package dev.labelsdk.mock.clarifai.wire;

import dev.labelsdk.mock.http.Fault;

/**
 * A fault spelled the Clarifai way (spec §10), for Java callers: a status code rather than an
 * HTTP status, and a path regex rather than a prefix. It only builds the shared
 * {@link Fault}, which is what is queued and applied: the next {@code times} requests matching
 * the method and the regex (found anywhere in the decoded path) wait {@code delayMs}, then get
 * the status code in the envelope (HTTP status by the mapping unless {@link #httpStatus} is
 * given, {@code Retry-After} when {@link #retryAfter} is), or a dropped connection. A fault
 * with neither only delays (mock choice). {@link #afterProcessing} commits the request first
 * and replaces only its answer.
 */
public record ClarifaiFault(Fault fault) {

  /** One request answered with status code {@code code}. */
  public static ClarifaiFault status(int code) {
    return new ClarifaiFault(Fault.code(code));
  }

  /** One request whose connection is closed without an answer. */
  public static ClarifaiFault drop() {
    return new ClarifaiFault(Fault.reset());
  }

  /** One request that only waits {@code millis}, then is answered as usual. */
  public static ClarifaiFault delay(long millis) {
    return new ClarifaiFault(Fault.delay(millis));
  }

  /** The same fault for the next {@code n} matching requests. */
  public ClarifaiFault times(int n) {
    return new ClarifaiFault(fault.times(n));
  }

  /** Only requests with this method (null: any) and a path matching {@code regex} (null: any). */
  public ClarifaiFault on(String requestMethod, String regex) {
    return new ClarifaiFault(fault.onRegex(requestMethod, regex));
  }

  /** Answers with this HTTP status instead of the mapped one. */
  public ClarifaiFault httpStatus(int status) {
    return new ClarifaiFault(fault.httpStatus(status));
  }

  /** Adds {@code Retry-After: seconds}. */
  public ClarifaiFault retryAfter(long seconds) {
    return new ClarifaiFault(fault.retryAfter(seconds));
  }

  /** Waits this long before answering (or processing), without holding a server thread. */
  public ClarifaiFault delayMs(long millis) {
    return new ClarifaiFault(fault.delayMs(millis));
  }

  /** Processes the request first and replaces only its answer (commit, then fail). */
  public ClarifaiFault afterProcessing() {
    return new ClarifaiFault(fault.afterProcessing());
  }
}
