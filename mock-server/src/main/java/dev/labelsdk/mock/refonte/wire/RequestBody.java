package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.JsonBounds;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.MalformedRequestException;
import dev.labelsdk.mock.http.PercentDecoding;
import dev.labelsdk.mock.http.QueryParams;
import dev.labelsdk.mock.refonte.RefonteError;
import java.util.List;
import java.util.Map;

/**
 * Reads a Refonte request body (spec §1.3): JSON whatever the content type says (an empty body
 * is "no body"), or a form on task creation; anything unreadable is a 400.
 */
final class RequestBody {

  /** Bodies above this size are refused (mock choice). */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  private RequestBody() {}

  /** The JSON body, or null when there is none. */
  static JsonNode json(ApiRequest request) {
    checkSize(request);
    String type = request.mediaType();
    if ("multipart/form-data".equals(type)) {
      throw RefonteError.malformed("multipart/form-data is only accepted on /v1/files/upload.");
    }
    if ("application/x-www-form-urlencoded".equals(type)) {
      throw RefonteError.malformed("This endpoint takes a JSON body, not a form.");
    }
    return parseJson(request.body());
  }

  /** The body of a task creation: JSON, or a form whose repeated fields become arrays. */
  static JsonNode createBody(ApiRequest request) {
    if ("application/x-www-form-urlencoded".equals(request.mediaType())) {
      checkSize(request);
      return formAsObject(request.body());
    }
    return json(request);
  }

  static void checkSize(ApiRequest request) {
    if (request.body().length > MAX_BYTES) {
      throw RefonteError.malformed(
          "The request body is larger than " + MAX_BYTES + " bytes (10 MiB).");
    }
  }

  private static JsonNode parseJson(byte[] body) {
    try {
      return Json.parse(body);
    } catch (JsonBounds.OutOfBounds e) {
      throw RefonteError.invalidParameter(e.problem().describe());
    } catch (JsonProcessingException e) {
      throw RefonteError.malformed("The request body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static ObjectNode formAsObject(byte[] body) {
    QueryParams form;
    try {
      form = QueryParams.parse(PercentDecoding.strictUtf8(body));
    } catch (MalformedRequestException e) {
      throw RefonteError.malformed("The form body is malformed: " + e.getMessage());
    }
    ObjectNode out = Json.MAPPER.createObjectNode();
    for (Map.Entry<String, List<String>> field : form.asMap().entrySet()) {
      List<String> values = field.getValue();
      if (values.size() == 1) {
        out.put(field.getKey(), values.get(0));
      } else {
        ArrayNode array = out.putArray(field.getKey());
        values.forEach(array::add);
      }
    }
    return out;
  }
}
