package dev.labelsdk.mock.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** JSON reading and writing shared by both engines. */
public final class Json {

  /** Deepest nesting a request body may have; deeper is a 400, not a stack overflow. */
  public static final int MAX_DEPTH = 200;

  /**
   * Floats are read as exact decimals (so {@code 1.10} is echoed as {@code 1.10}); comments,
   * trailing commas and trailing tokens are refused; a repeated key keeps its last value, as
   * the JSON parsers of the real services do.
   */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(MAX_DEPTH)
                          .maxNumberLength(JsonBounds.MAX_NUMBER_LENGTH)
                          .build())
                  .build())
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  private Json() {}

  /**
   * Parses a request body. Returns null for an empty body; throws {@link JsonProcessingException}
   * for anything that is not exactly one JSON value in valid UTF-8, and its subclass
   * {@link JsonBounds.OutOfBounds} for a value outside {@link JsonBounds} (a lone surrogate, a
   * huge exponent).
   */
  public static JsonNode parse(byte[] body) throws JsonProcessingException {
    if (body.length == 0) {
      return null;
    }
    try {
      JsonNode tree = MAPPER.readTree(body);
      JsonBounds.Problem problem = JsonBounds.find(tree);
      if (problem != null) {
        throw new JsonBounds.OutOfBounds(problem);
      }
      return tree;
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      // e.g. CharConversionException for invalid UTF-8: still a malformed body, not a failure
      throw new JsonParseException(null, e.getMessage(), e);
    }
  }

  /** Compact JSON text of a node. */
  public static String compact(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Compact UTF-8 JSON of a node, written straight to bytes (responses are built this way). */
  public static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is always valid", e);
    }
  }

  public static JsonNode tree(byte[] json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new IllegalStateException("rendered JSON is always valid", e);
    }
  }

  /** UTF-8 size of the compact form, as the size limits of both APIs measure it. */
  public static int compactSize(JsonNode node) {
    return compact(node).getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * A canonical text for comparing JSON values: object keys sorted by code point at every
   * level, no whitespace, numbers by value ({@code 1} equals {@code 1.0}).
   */
  public static String canonical(JsonNode node) {
    StringBuilder out = new StringBuilder();
    canonical(node, out);
    return out.toString();
  }

  private static void canonical(JsonNode node, StringBuilder out) {
    if (node == null || node.isNull()) {
      out.append("null");
    } else if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      node.fields().forEachRemaining(fields::add);
      fields.sort(Map.Entry.comparingByKey());
      out.append('{');
      for (int i = 0; i < fields.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        out.append(quote(fields.get(i).getKey())).append(':');
        canonical(fields.get(i).getValue(), out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      Iterator<JsonNode> it = node.elements();
      boolean first = true;
      while (it.hasNext()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        canonical(it.next(), out);
      }
      out.append(']');
    } else if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      // toString, not toPlainString: as canonical, and 1e1000 stays 6 characters, not 1001
      out.append(value.signum() == 0 ? "0" : value.stripTrailingZeros().toString());
    } else {
      out.append(compact(node));
    }
  }

  private static String quote(String s) {
    try {
      return MAPPER.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Something that writes itself with a generator. */
  @FunctionalInterface
  public interface Writer {
    void write(JsonGenerator g) throws IOException;
  }

  /** Runs {@code writer} against a fresh generator and returns the UTF-8 bytes. */
  public static byte[] write(Writer writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      writer.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
