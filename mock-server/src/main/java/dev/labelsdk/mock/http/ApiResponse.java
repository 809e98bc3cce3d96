package dev.labelsdk.mock.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What an API layer answers: a status, headers and a body, or a dropped connection; or
 * {@link #later the answer to compute after a delay}, which the server waits for without
 * holding a thread.
 */
public final class ApiResponse {

  public static final String JSON = "application/json; charset=utf-8";

  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final boolean connectionReset;
  private final long delayMillis;
  private final Supplier<ApiResponse> then;

  private ApiResponse(int status, Map<String, String> headers, byte[] body, boolean reset) {
    this(status, headers, body, reset, 0, null);
  }

  private ApiResponse(int status, Map<String, String> headers, byte[] body, boolean reset, long delayMillis,
      Supplier<ApiResponse> then) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.connectionReset = reset;
    this.delayMillis = delayMillis;
    this.then = then;
  }

  /**
   * The answer {@code then} gives when run {@code delayMillis} from now (an injected delay).
   * Nothing of the request is processed before then; the server schedules it instead of
   * sleeping on a thread. A deferred answer has no status, headers or body of its own.
   */
  public static ApiResponse later(long delayMillis, Supplier<ApiResponse> then) {
    if (delayMillis < 0) {
      throw new IllegalArgumentException("the delay must be >= 0");
    }
    return new ApiResponse(0, Map.of(), new byte[0], false, delayMillis, then);
  }

  /** Whether this is {@link #later an answer still to compute}. */
  public boolean isDeferred() {
    return then != null;
  }

  /** How long to wait before {@link #resolve}; 0 for an answer that is already there. */
  public long delayMillis() {
    return delayMillis;
  }

  /** Computes a deferred answer (which may itself be deferred); an immediate one is itself. */
  public ApiResponse resolve() {
    return then == null ? this : then.get();
  }

  public static ApiResponse json(int status, byte[] body) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", JSON);
    return new ApiResponse(status, headers, body, false);
  }

  public static ApiResponse json(int status, String body) {
    return json(status, body.getBytes(StandardCharsets.UTF_8));
  }

  /** The server closes the connection without answering (a TCP reset). */
  public static ApiResponse connectionReset() {
    return new ApiResponse(0, new LinkedHashMap<>(), new byte[0], true);
  }

  public ApiResponse withHeader(String name, String value) {
    if (then != null) {
      throw new IllegalStateException("a deferred answer has no headers yet");
    }
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new ApiResponse(status, copy, body, connectionReset);
  }

  public int status() {
    return status;
  }

  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  public String header(String name) {
    for (Map.Entry<String, String> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }

  public byte[] body() {
    return body;
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  public boolean isConnectionReset() {
    return connectionReset;
  }
}
