package dev.labelsdk.mock.clarifai.wire;

import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.ProtoEnum;
import dev.labelsdk.mock.http.QueryParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET fields from the query string (spec §4.3): dotted names for nested fields, lowerCamel
 * accepted (snake_case wins), lists as repeated keys or comma-separated values (mock choice),
 * the last value of a repeated singular key (mock choice), booleans only as true/false.
 */
final class QueryReader {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  QueryReader(QueryParams query) {
    Map<String, List<String>> all = query.asMap();
    all.forEach((key, v) -> {
      if (SnakeCase.ofDotted(key).equals(key)) {
        values.computeIfAbsent(key, k -> new ArrayList<>()).addAll(nonEmpty(v));
      }
    });
    all.forEach((key, v) -> {
      String snake = SnakeCase.ofDotted(key);
      if (!snake.equals(key) && !all.containsKey(snake)) {
        values.computeIfAbsent(snake, k -> new ArrayList<>()).addAll(nonEmpty(v));
      }
    });
  }

  /** The last value of a key, or null. */
  String last(String name) {
    List<String> v = values.getOrDefault(name, List.of());
    return v.isEmpty() ? null : v.get(v.size() - 1);
  }

  /** Every value of a list key, commas splitting single values. */
  List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) {
      for (String part : v.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim());
        }
      }
    }
    return out;
  }

  /** A non-negative integer, or {@code otherwise}. */
  int uint32(String name, int otherwise) {
    String v = last(name);
    if (v == null) {
      return otherwise;
    }
    if (!v.matches("\\d{1,9}")) {
      throw ClarifaiError.badFormat(name + ": expected a non-negative integer, got \"" + v + "\"");
    }
    return Integer.parseInt(v);
  }

  /** {@code true} or {@code false}; false when absent; anything else is 11100. */
  boolean bool(String name) {
    String v = last(name);
    if (v == null) {
      return false;
    }
    return switch (v) {
      case "true" -> true;
      case "false" -> false;
      default -> throw ClarifaiError.badFormat(name + ": expected true or false, got \"" + v + "\"");
    };
  }

  <E extends Enum<E> & ProtoEnum> E enumValue(String name, Class<E> type) {
    String v = last(name);
    return v == null ? null : ProtoEnums.decode(v, type, name);
  }

  <E extends Enum<E> & ProtoEnum> List<E> enums(String name, Class<E> type) {
    return list(name).stream().map(v -> ProtoEnums.decode(v, type, name)).toList();
  }

  private static List<String> nonEmpty(List<String> values) {
    return values.stream().filter(v -> !v.isEmpty()).toList();
  }
}
