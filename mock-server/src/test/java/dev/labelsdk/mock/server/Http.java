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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** A plain java.net.http client for HTTP-level tests: what any client in any language sends. */
final class Http {

  /** A response: status, headers and the body (parsed as JSON when it is JSON). */
  record Response(int status, HttpResponse<byte[]> raw) {
    String text() {
      return new String(raw.body(), StandardCharsets.UTF_8);
    }

    JsonNode json() {
      return Json.tree(raw.body());
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    /** The error message of a Refonte error envelope. */
    String error() {
      return json().get("error").asText();
    }
  }

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String base;
  private final String key;
  private final Map<String, String> headers = new LinkedHashMap<>();

  Http(String base, String key) {
    this.base = base;
    this.key = key;
  }

  /** The same server, another API key (null: no Authorization header). */
  Http as(String otherKey) {
    Http h = new Http(base, otherKey);
    h.headers.putAll(headers);
    return h;
  }

  Http header(String name, String value) {
    Http h = as(key);
    h.headers.put(name, value);
    return h;
  }

  Response get(String path) {
    return send("GET", path, null, null);
  }

  Response post(String path, String json) {
    return send("POST", path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  Response put(String path, String json) {
    return send("PUT", path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  Response delete(String path, String json) {
    return send("DELETE", path, json == null ? null : json.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  Response send(String method, String path, byte[] body, String contentType) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (key != null) {
      b.header("Authorization", basic(key));
    }
    if (contentType != null && body != null) {
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

  static String basic(String key) {
    return "Basic " + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8));
  }
}
