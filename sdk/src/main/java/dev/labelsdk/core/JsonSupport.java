package dev.labelsdk.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one Jackson configuration the clients use (ISO-8601 times, {@code Optional} support,
 * unknown properties ignored). The mapper itself stays private so nobody can reconfigure it.
 */
public final class JsonSupport {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonSupport() {}

  /**
   * A {@link JsonObject} over a tree that was just parsed from a response and that nobody
   * else holds, without copying it (model decoding calls this for every nested object).
   */
  public static JsonObject adoptParsed(ObjectNode node) {
    return JsonObject.adopt(node);
  }

  /** A copy of the configured mapper (for converters and callers that want the same setup). */
  public static ObjectMapper newMapper() {
    return MAPPER.copy();
  }

  /** Parses JSON text. */
  public static JsonNode parse(byte[] json) throws JsonProcessingException {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses JSON text. */
  public static JsonNode parse(String json) throws JsonProcessingException {
    return MAPPER.readTree(json);
  }

  /** Any value (map, list, POJO, node) as a JSON tree. */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** A JSON tree as an instance of {@code type}. */
  public static <T> T convert(JsonNode node, Class<T> type) {
    return MAPPER.convertValue(node, type);
  }

  /** Compact JSON text. */
  public static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise a JSON tree", e);
    }
  }

  /** A new empty object node. */
  public static ObjectNode newObject() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * The entries of {@code node} whose keys are not in {@code known}, in document order, not
   * copied: what a model keeps of the keys it does not know, so that they survive a round trip.
   */
  public static Map<String, JsonNode> unknownKeys(ObjectNode node, Set<String> known) {
    Map<String, JsonNode> out = null;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!known.contains(e.getKey())) {
        if (out == null) {
          out = new LinkedHashMap<>();
        }
        out.put(e.getKey(), e.getValue());
      }
    }
    return out == null ? Map.of() : Collections.unmodifiableMap(out);
  }

  /**
   * A JSON value for an error message: its type and its text, cut at 80 characters
   * ({@code "absent"} for none).
   */
  public static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "absent";
    }
    String text = node.toString();
    return node.getNodeType().name().toLowerCase(Locale.ROOT) + " "
        + (text.length() > 80 ? text.substring(0, 77) + "..." : text);
  }
}
