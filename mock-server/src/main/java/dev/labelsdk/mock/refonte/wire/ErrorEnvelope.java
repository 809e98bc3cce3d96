package dev.labelsdk.mock.refonte.wire;

import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.ApiResponse;
import dev.labelsdk.mock.refonte.RefonteError;
import java.util.List;

/**
 * The Refonte error body: exactly {@code {"status_code": N, "error": "..."}} (spec §2.2), for an
 * engine error (its code mapped by {@link HttpStatusMapping}) or a transport one (404 route, fault).
 */
public final class ErrorEnvelope {

  private ErrorEnvelope() {}

  public static ApiResponse of(int status, String message) {
    byte[] body = Json.write(g -> {
      g.writeStartObject();
      g.writeNumberField("status_code", status);
      g.writeStringField("error", message);
      g.writeEndObject();
    });
    ApiResponse response = ApiResponse.json(status, body);
    if (status == 401) {
      response = response.withHeader("WWW-Authenticate", "Basic realm=\"refonte\"");
    }
    return response;
  }

  /**
   * 405 for a known control path asked with another method, listing the ones it takes (and
   * in the {@code Allow} header HTTP requires with a 405).
   */
  public static ApiResponse methodNotAllowed(String path, List<String> allowed) {
    return of(405, "Use " + String.join(" or ", allowed) + " " + path + ".")
        .withHeader("Allow", String.join(", ", allowed));
  }

  public static ApiResponse of(RefonteError e) {
    ApiResponse response = of(HttpStatusMapping.of(e.code()), e.getMessage());
    return e.retryAfterSeconds() == null
        ? response
        : response.withHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
  }
}
