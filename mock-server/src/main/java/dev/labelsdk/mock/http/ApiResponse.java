package dev.labelsdk.mock.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an API layer answers: a status, headers and a body, or a dropped connection. */
public final class ApiResponse {

  public static final String JSON = "application/json; charset=utf-8";

  private final int status;
  private final Map<String, String> headers;
  private final byte[] body;
  private final boolean connectionReset;

  private ApiResponse(int status, Map<String, String> headers, byte[] body, boolean reset) {
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.connectionReset = reset;
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
