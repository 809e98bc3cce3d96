package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.ApiResponse;
import java.io.IOException;
import java.util.List;

/**
 * The Clarifai response envelope (spec §5.1, §4.1): {@code status} with {@code code},
 * {@code description}, {@code details} (omitted when empty) and {@code req_id}, then the
 * response fields; list fields are present even when empty, also on errors. Written with a
 * streaming generator: building a tree first cost about a third of the server's time.
 */
final class Envelope {

  private Envelope() {}

  /** The {@code status} object, as a tree (for the error shapes outside the API). */
  static ObjectNode status(int code, String description, String details, String reqId) {
    return (ObjectNode) Json.tree(Json.write(g -> writeStatus(g, code, description, details, reqId)));
  }

  private static void writeStatus(JsonGenerator g, int code, String description, String details,
      String reqId) throws IOException {
    g.writeStartObject();
    g.writeNumberField("code", code);
    g.writeStringField("description", description);
    if (details != null && !details.isEmpty()) {
      g.writeStringField("details", details);
    }
    g.writeStringField("req_id", reqId);
    g.writeEndObject();
  }

  /** A status code's description, or mock text for codes the mock does not know. */
  static String description(int code) {
    StatusCode known = StatusCode.of(code);
    return known != null ? known.description() : "Status " + code;
  }

  /** The body: status first, then {@code fields}, then any missing list field as {@code []}. */
  static byte[] body(int code, String details, ResponseFields fields, List<String> listFields,
      String reqId) {
    return Json.write(g -> {
      g.writeStartObject();
      g.writeFieldName("status");
      writeStatus(g, code, description(code), details, reqId);
      fields.writer().write(g);
      for (String list : listFields) {
        if (!fields.names().contains(list)) {
          g.writeArrayFieldStart(list);
          g.writeEndArray();
        }
      }
      g.writeEndObject();
    });
  }

  /**
   * The response for {@code code} with {@code httpStatus} (see {@link HttpStatusMapping}), and
   * {@code Retry-After} when {@code retryAfter} is given or, on a 429, 1 second (mock choice).
   */
  static ApiResponse respond(int code, String details, ResponseFields fields, List<String> listFields,
      String reqId, int httpStatus, Long retryAfter) {
    ApiResponse response = ApiResponse.json(httpStatus, body(code, details, fields, listFields, reqId));
    if (retryAfter != null) {
      response = response.withHeader("Retry-After", Long.toString(retryAfter));
    } else if (httpStatus == 429) {
      response = response.withHeader("Retry-After", "1");
    }
    return response;
  }
}
