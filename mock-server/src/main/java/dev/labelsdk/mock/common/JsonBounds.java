package dev.labelsdk.mock.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * What a parsed request body of either API may hold: text that is valid Unicode (no lone
 * surrogate from a {@code \ud800} escape) and numbers whose exponent is bounded. A lone
 * surrogate cannot be written as UTF-8, so storing one poisons every later answer that shows it;
 * an exponent like {@code 1e999999999} is 17 bytes that cost gigabytes once anything turns the
 * number into digits. Checked once, right after parsing, before any value is used.
 */
public final class JsonBounds {

  /** Longest number text (digits, sign, point and exponent); enforced by the parser. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  /**
   * Largest magnitude of a number's exponent in scientific notation (the n of d.ddd×10^n):
   * {@code 1e1000}, {@code 12.5e999} and {@code 1e-1000} pass, {@code 1e1001} does not (mock
   * choice: far beyond any double). With the length bound, every number fits in a few thousand
   * digits whatever is done with it.
   */
  public static final int MAX_EXPONENT = 1000;

  /** Longest key shown in a path; longer keys are cut (the message must stay small). */
  private static final int MAX_KEY_SHOWN = 64;

  private JsonBounds() {}

  /**
   * A refused value: where it is ({@code metadata.note}, {@code labels[0].name}; empty for the
   * body itself) and why.
   */
  public record Problem(String path, String reason) {
    /** E.g. {@code "metadata.note" is not valid Unicode: it holds a lone surrogate (\ud800)}. */
    public String describe() {
      return (path.isEmpty() ? "the body" : "\"" + path + "\"") + " " + reason;
    }
  }

  /** Thrown by {@link Json#parse} for a body that is JSON but out of these bounds. */
  public static final class OutOfBounds extends JsonProcessingException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    OutOfBounds(Problem problem) {
      super(problem.describe());
      this.problem = problem;
    }

    public Problem problem() {
      return problem;
    }
  }

  /** The first problem in document order, or null when the value is within bounds. */
  public static Problem find(JsonNode node) {
    if (node.isTextual()) {
      String reason = textReason(node.textValue());
      return reason == null ? null : new Problem("", reason);
    }
    if (node.isBigDecimal()) {
      String reason = numberReason(node.decimalValue());
      return reason == null ? null : new Problem("", reason);
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        Problem p = find(node.get(i));
        if (p != null) {
          return within("[" + i + "]", p);
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        String reason = keyReason(field.getKey());
        if (reason != null) {
          return new Problem("", reason);
        }
        Problem p = find(field.getValue());
        if (p != null) {
          return within(shown(field.getKey()), p);
        }
      }
    }
    return null;
  }

  // The same rules for a value read as a token stream (a large document read without a tree).
  // Paths are counted from base, the parsing context the caller's value sits in.

  /** The current field name of {@code p}, or {@link OutOfBounds} if it breaks a rule. */
  public static String checkedName(JsonParser p, JsonStreamContext base) throws IOException {
    String name = p.currentName();
    refuse(keyReason(name), p.getParsingContext().getParent(), base); // the key's object is where it is
    return name;
  }

  /** The current string value of {@code p}, or {@link OutOfBounds} if it breaks a rule. */
  public static String checkedText(JsonParser p, JsonStreamContext base) throws IOException {
    String text = p.getText();
    refuse(textReason(text), p.getParsingContext(), base);
    return text;
  }

  /** The current floating-point value of {@code p}, exactly, or {@link OutOfBounds}. */
  public static BigDecimal checkedDecimal(JsonParser p, JsonStreamContext base) throws IOException {
    BigDecimal value = p.getDecimalValue();
    refuse(numberReason(value), p.getParsingContext(), base);
    return value;
  }

  private static void refuse(String reason, JsonStreamContext at, JsonStreamContext base) throws OutOfBounds {
    if (reason != null) {
      throw new OutOfBounds(new Problem(path(at, base), reason));
    }
  }

  /** The path of {@code at} below {@code base}, as {@link #find} writes it ({@code a.b[0].c}). */
  private static String path(JsonStreamContext at, JsonStreamContext base) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = at; c != null && c != base; c = c.getParent()) {
      if (c.inObject()) {
        segments.push(shown(c.getCurrentName()));
      } else if (c.inArray()) {
        segments.push("[" + c.getCurrentIndex() + "]");
      }
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      if (path.length() > 0 && !segment.startsWith("[")) {
        path.append('.');
      }
      path.append(segment);
    }
    return path.toString();
  }

  private static String textReason(String s) {
    int bad = loneSurrogate(s);
    return bad < 0 ? null : "is not valid Unicode: it holds a lone surrogate (" + escape(s.charAt(bad)) + ")";
  }

  private static String keyReason(String key) {
    int bad = loneSurrogate(key);
    return bad < 0 ? null
        : "has a key that is not valid Unicode: it holds a lone surrogate (" + escape(key.charAt(bad)) + ")";
  }

  private static String numberReason(BigDecimal v) {
    long exponent = (long) v.precision() - v.scale() - 1;
    return Math.abs(exponent) <= MAX_EXPONENT ? null
        : "is a number out of range: its exponent must be within -" + MAX_EXPONENT + " and " + MAX_EXPONENT;
  }

  /** The problem's path seen from the parent ({@code segment} is a key or {@code [i]}). */
  private static Problem within(String segment, Problem p) {
    String rest = p.path().isEmpty() || p.path().startsWith("[") ? p.path() : "." + p.path();
    return new Problem(segment + rest, p.reason());
  }

  /** The index of the first unpaired surrogate in {@code s}, or -1. */
  static int loneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < Character.MIN_SURROGATE) {
        continue; // nearly every char: one comparison (every stored string is checked on restore)
      }
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** A key as shown in a path: cut after {@link #MAX_KEY_SHOWN} chars, never inside a pair. */
  private static String shown(String key) {
    if (key.length() <= MAX_KEY_SHOWN) {
      return key;
    }
    int end = Character.isHighSurrogate(key.charAt(MAX_KEY_SHOWN - 1)) ? MAX_KEY_SHOWN - 1 : MAX_KEY_SHOWN;
    return key.substring(0, end) + "...";
  }

  private static String escape(char c) {
    return String.format(Locale.ROOT, "\\u%04x", (int) c);
  }
}
