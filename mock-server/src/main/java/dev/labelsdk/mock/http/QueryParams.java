package dev.labelsdk.mock.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form-decoded query string (or {@code application/x-www-form-urlencoded} body), keeping
 * every occurrence of a key in order. An empty value counts as absent.
 */
public final class QueryParams {

  private static final QueryParams EMPTY = new QueryParams(Map.of());

  private final Map<String, List<String>> values;

  private QueryParams(Map<String, List<String>> values) {
    this.values = values;
  }

  public static QueryParams parse(String raw) {
    if (raw == null || raw.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<String>> values = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = PercentDecoding.decodeFormComponent(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : PercentDecoding.decodeFormComponent(pair.substring(eq + 1));
      values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return new QueryParams(values);
  }

  /** The first non-empty occurrence of {@code name}, or null. */
  public String first(String name) {
    for (String v : values.getOrDefault(name, List.of())) {
      if (!v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  /** Every non-empty occurrence of {@code name}, in order. */
  public List<String> all(String name) {
    List<String> out = new ArrayList<>();
    for (String v : values.getOrDefault(name, List.of())) {
      if (!v.isEmpty()) {
        out.add(v);
      }
    }
    return out;
  }

  /** Every key with all its values (empty ones included), in order of first appearance. */
  public Map<String, List<String>> asMap() {
    return Collections.unmodifiableMap(values);
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }
}
