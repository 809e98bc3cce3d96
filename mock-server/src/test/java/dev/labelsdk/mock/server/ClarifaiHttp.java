package dev.labelsdk.mock.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plain java.net.http client for Clarifai HTTP-level tests: {@code Authorization: Key ...}
 * and JSON bodies on POST, PUT, PATCH and DELETE, as any client in any language sends them.
 */
final class ClarifaiHttp {

  /** A response: status, headers and the JSON body. */
  record Response(int status, HttpResponse<byte[]> raw) {
    String text() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return Json.tree(raw.body());
    }

    /** {@code status.code} of the envelope. */
    int code() {
      return json().path("status").path("code").asInt();
    }

    String details() {
      return json().path("status").path("details").asText();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String token;
  private final Map<String, String> headers = new LinkedHashMap<>();

  /** {@code base} is the server's base URL (paths start with /v2); a null token sends no header. */
  ClarifaiHttp(String base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The same server with another token. */
  ClarifaiHttp as(String otherToken) {
    ClarifaiHttp h = new ClarifaiHttp(base, otherToken);
    h.headers.putAll(headers);
    return h;
  }

  /** The same token, with an extra header (e.g. a raw Authorization). */
  ClarifaiHttp header(String name, String value) {
    ClarifaiHttp h = as(token);
    h.headers.put(name, value);
    return h;
  }

  Response get(String path) {
    return send("GET", path, null);
  }

  Response post(String path, String json) {
    return send("POST", path, json);
  }

  Response put(String path, String json) {
    return send("PUT", path, json);
  }

  Response patch(String path, String json) {
    return send("PATCH", path, json);
  }

  Response delete(String path, String json) {
    return send("DELETE", path, json);
  }

  Response send(String method, String path, String json) {
    return sendBytes(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
        json == null ? null : "application/json");
  }

  Response sendBytes(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Key " + token);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    headers.forEach(b::header);
    try {
      HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
