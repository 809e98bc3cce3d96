package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Decoders for the fields of successful answers (their status already checked). */
final class Responses {

  private Responses() {}

  /** A Single*Response's object, e.g. {@code task}; it must be present. */
  static <T> Function<JsonNode, T> single(String field, Function<JsonNode, T> parse) {
    return json -> {
      JsonNode value = json.get(field);
      if (value == null || value.isNull()) {
        throw new IllegalArgumentException("the response has no \"" + field + "\"");
      }
      return parse.apply(value);
    };
  }

  /** A Multi*Response's list, e.g. {@code tasks}; absent means empty. */
  static <T> Function<JsonNode, List<T>> list(String field, Function<JsonNode, T> parse) {
    return json -> {
      JsonNode value = json.get(field);
      if (value == null || value.isNull()) {
        return List.of();
      }
      if (!value.isArray()) {
        throw new IllegalArgumentException("\"" + field + "\" must be an array");
      }
      List<T> out = new ArrayList<>(value.size());
      value.forEach(item -> out.add(parse.apply(item)));
      return Collections.unmodifiableList(out);
    };
  }

  /** A per-item batch answer. */
  static <T> Function<JsonNode, BatchResult<T>> batch(String field, Function<JsonNode, T> parse) {
    return json -> BatchResult.fromJson(json, field, parse);
  }

  /** For answers that carry nothing but the status: the status. */
  static Status status(JsonNode json) {
    return Status.fromJson(json.get("status"));
  }
}
