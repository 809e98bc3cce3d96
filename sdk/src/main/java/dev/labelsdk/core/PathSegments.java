package dev.labelsdk.core;

import java.util.Objects;

/** Checks ids and names before they become URL path segments. */
public final class PathSegments {

  private PathSegments() {}

  /**
   * Returns {@code value} if it can address a resource: non-empty and not {@code .} or
   * {@code ..} (URL normalisation would remove those segments; every other character,
   * {@code /} included, is percent-encoded).
   *
   * @param what names the value in the exception message, e.g. {@code "taskId"}
   * @throws IllegalArgumentException if it is empty, {@code .} or {@code ..}
   */
  public static String require(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(what + " \"" + value + "\" cannot be used in a URL");
    }
    return value;
  }
}
