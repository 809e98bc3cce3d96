package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.StatusCode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.http.ApiResponse;
import java.util.List;

/**
 * The Clarifai response envelope (spec §5.1, §4.1): {@code status} with {@code code},
 * {@code description}, {@code details} (omitted when empty) and {@code req_id}, then the
 * response fields; list fields are present even when empty, also on errors.
 */
final class Envelope {

  private Envelope() {}

  /** The {@code status} object. */
  static ObjectNode status(int code, String description, String details, String reqId) {
    ObjectNode s = Json.MAPPER.createObjectNode();
    s.put("code", code);
    s.put("description", description);
    if (details != null && !details.isEmpty()) {
      s.put("details", details);
    }
    s.put("req_id", reqId);
    return s;
  }

  /** A status code's description, or mock text for codes the mock does not know. */
  static String description(int code) {
    StatusCode known = StatusCode.of(code);
    return known != null ? known.description() : "Status " + code;
  }

  /** The body: status first, then {@code fields}, then any missing list field as {@code []}. */
  static ObjectNode body(ObjectNode status, ObjectNode fields, List<String> listFields) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.set("status", status);
    if (fields != null) {
      body.setAll(fields);
    }
    for (String list : listFields) {
      if (!body.has(list)) {
        body.putArray(list);
      }
    }
    return body;
  }

  /**
   * The response for {@code code} with {@code httpStatus} (see {@link HttpStatusMapping}), and
   * {@code Retry-After} when {@code retryAfter} is given or, on a 429, 1 second (mock choice).
   */
  static ApiResponse respond(int code, String details, ObjectNode fields, List<String> listFields,
      String reqId, int httpStatus, Long retryAfter) {
    ObjectNode body = body(status(code, description(code), details, reqId), fields, listFields);
    ApiResponse response = ApiResponse.json(httpStatus, Json.bytes(body));
    if (retryAfter != null) {
      response = response.withHeader("Retry-After", Long.toString(retryAfter));
    } else if (httpStatus == 429) {
      response = response.withHeader("Retry-After", "1");
    }
    return response;
  }
}
