package dev.labelsdk.mock.refonte;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands back one instance for equal strings, so the tasks of a restore share their repeated
 * values the way tasks created through the engine share their request's. Bounded: once it holds
 * {@code capacity} strings, or for a string longer than {@code maxLength}, it hands back its
 * argument, so a snapshot full of distinct values costs a fixed table and plain strings.
 * Not thread-safe: one table per restore.
 */
final class StringTable {

  private final int capacity;
  private final int maxLength;
  private final Map<String, String> table = new HashMap<>();

  StringTable(int capacity, int maxLength) {
    this.capacity = capacity;
    this.maxLength = maxLength;
  }

  /** The table's instance equal to {@code s}, or {@code s} itself (which may be null). */
  String share(String s) {
    if (s == null || s.length() > maxLength) {
      return s;
    }
    String held = table.get(s);
    if (held != null) {
      return held;
    }
    if (table.size() < capacity) {
      table.put(s, s);
    }
    return s;
  }
}
