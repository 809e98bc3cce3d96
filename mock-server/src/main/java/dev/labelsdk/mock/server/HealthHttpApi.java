package dev.labelsdk.mock.server;

import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.wire.ErrorEnvelope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The server's own routes under {@code /__admin/labelsdk}: {@code GET /__admin/labelsdk/health},
 * the mock's identity, for scripts that wait for it to come up and clients that check what
 * they talk to; and {@code GET /__admin/labelsdk/openapi/{refonte,clarifai,control}.json}, the
 * OpenAPI 3.1 documents of the two APIs and the control planes (resources next to this class,
 * read once).
 */
final class HealthHttpApi {

  static final String PATH = "/__admin/labelsdk/health";
  static final String OPENAPI_PATH = "/__admin/labelsdk/openapi/";
  /** The documents served under {@link #OPENAPI_PATH}. */
  static final List<String> OPENAPI_DOCUMENTS = List.of("refonte.json", "clarifai.json", "control.json");

  /**
   * Read once per class loader, on first use (not at start: a server need not pay for answers
   * nobody asks for): the documents do not change while the server runs.
   */
  private static final class Documents {
    static final Map<String, byte[]> ALL = documents();
  }

  /** The identity answer, built on first use. */
  private static final class Identity {
    static final byte[] BODY = identity();
  }

  /**
   * Written out by hand: readiness probes poll this route, and it answers before the JSON
   * library has been set up (the first API request pays for that).
   */
  private static byte[] identity() {
    return ("{\"status\":\"ok\",\"name\":\"labelsdk-mock-server\",\"version\":\""
        + jsonText(MockVersion.get()) + "\",\"apis\":["
        + "{\"name\":\"refonte\",\"version\":\"v1\",\"base_path\":\"/v1\",\"control_path\":\"/__admin/refonte\"},"
        + "{\"name\":\"clarifai\",\"version\":\"v2\",\"base_path\":\"/v2\",\"control_path\":\"/__admin/clarifai\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The version as a JSON string's content: anything but plain version characters is dropped. */
  private static String jsonText(String version) {
    return version.replaceAll("[^A-Za-z0-9._+-]", "");
  }

  ApiResponse handle(ApiRequest r) {
    String path = r.normalisedPath();
    byte[] answer;
    if (path.equals(PATH)) {
      answer = Identity.BODY;
    } else if (path.startsWith(OPENAPI_PATH)
        && Documents.ALL.containsKey(path.substring(OPENAPI_PATH.length()))) {
      answer = Documents.ALL.get(path.substring(OPENAPI_PATH.length()));
    } else {
      return ErrorEnvelope.of(404, "No such control endpoint: " + r.method() + " " + r.rawPath() + ".");
    }
    if (!r.method().equals("GET") && !r.method().equals("HEAD")) {
      return ErrorEnvelope.methodNotAllowed(path, List.of("GET", "HEAD"));
    }
    return ApiResponse.json(200, answer);
  }

  private static Map<String, byte[]> documents() {
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (String name : OPENAPI_DOCUMENTS) {
      out.put(name, resource("openapi/" + name));
    }
    return Map.copyOf(out);
  }

  private static byte[] resource(String name) {
    try (InputStream in = HealthHttpApi.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " next to " + HealthHttpApi.class.getName());
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
