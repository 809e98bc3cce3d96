package dev.labelsdk.mock.http;

import java.util.Locale;

/**
 * Typed query values (Refonte spec §1.2): booleans in any letter case or {@code 1}/{@code 0};
 * integers as plain decimal digits. A malformed value is a {@link MalformedRequestException}
 * naming the parameter.
 */
public final class QueryValues {

  private QueryValues() {}

  /** The parameter as a boolean, or {@code otherwise} when absent or empty. */
  public static boolean bool(QueryParams query, String name, boolean otherwise) {
    String v = query.first(name);
    if (v == null) {
      return otherwise;
    }
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw new MalformedRequestException(
          "\"" + name + "\" must be true or false (got \"" + v + "\").");
    };
  }

  /** The parameter as a non-negative integer, or {@code otherwise} when absent or empty. */
  public static long digits(QueryParams query, String name, long otherwise) {
    String v = query.first(name);
    if (v == null) {
      return otherwise;
    }
    if (v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new MalformedRequestException(
          "\"" + name + "\" must be a non-negative integer (got \"" + v + "\").");
    }
    return Long.parseLong(v);
  }
}
