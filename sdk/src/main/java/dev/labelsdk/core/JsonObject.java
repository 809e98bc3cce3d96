package dev.labelsdk.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable JSON object (task {@code params}, {@code response}, {@code metadata}, ...)
 * with typed accessors. Accessors never throw for a missing key or a value of another type:
 * they return an empty {@code Optional}.
 *
 * <pre>{@code
 * String category = task.response().flatMap(r -> r.getString("category")).orElse("?");
 * List<String> categories = task.params().getStringList("categories");
 * MyResponse typed = task.response().orElseThrow().as(MyResponse.class);
 * }</pre>
 */
public final class JsonObject {

  private static final JsonObject EMPTY = new JsonObject(JsonSupport.newObject());

  private final ObjectNode node;

  private JsonObject(ObjectNode node) {
    this.node = node;
  }

  /** The empty object {@code {}}. */
  public static JsonObject empty() {
    return EMPTY;
  }

  /** A copy of {@code node}. */
  public static JsonObject of(ObjectNode node) {
    return new JsonObject(Objects.requireNonNull(node, "node").deepCopy());
  }

  /**
   * Wraps a tree nobody else holds (one the client has just parsed), without copying it: a
   * page of tasks holds hundreds of such objects. Not for trees the caller keeps using.
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING) // Jackson hands over a tree it just built
  static JsonObject adopt(ObjectNode node) {
    return new JsonObject(Objects.requireNonNull(node, "node"));
  }

  /**
   * A JSON object from a map (values: strings, numbers, booleans, lists, maps, nodes or
   * Jackson-serialisable objects).
   *
   * @throws IllegalArgumentException if the map cannot be represented as a JSON object
   */
  public static JsonObject of(Map<String, ?> map) {
    JsonNode tree = JsonSupport.toTree(Objects.requireNonNull(map, "map"));
    if (!(tree instanceof ObjectNode)) {
      throw new IllegalArgumentException("not a JSON object: " + map);
    }
    return new JsonObject((ObjectNode) tree);
  }

  /**
   * Parses JSON text that must be an object.
   *
   * @throws IllegalArgumentException if it is not valid JSON or not an object
   */
  public static JsonObject parse(String json) {
    JsonNode tree;
    try {
      tree = JsonSupport.parse(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (!(tree instanceof ObjectNode)) {
      throw new IllegalArgumentException("not a JSON object: " + json);
    }
    return new JsonObject((ObjectNode) tree);
  }

  /** Whether {@code key} is present (even with a JSON null value). */
  public boolean has(String key) {
    return node.has(key);
  }

  /** The {@code size} value. */
  public int size() {
    return node.size();
  }

  /** The {@code is_empty} flag. */
  public boolean isEmpty() {
    return node.isEmpty();
  }

  /** The keys in document order. */
  public Set<String> keys() {
    Set<String> keys = new LinkedHashSet<>();
    node.fieldNames().forEachRemaining(keys::add);
    return Collections.unmodifiableSet(keys);
  }

  /** The value of {@code key} as a tree (a copy); empty when absent. JSON null is present. */
  public Optional<JsonNode> get(String key) {
    return Optional.ofNullable(node.get(key)).map(JsonNode::deepCopy);
  }

  /** A string value; empty when absent, null or not a string. */
  public Optional<String> getString(String key) {
    JsonNode v = node.get(key);
    return v != null && v.isTextual() ? Optional.of(v.textValue()) : Optional.empty();
  }

  /** A boolean value; empty when absent, null or not a boolean. */
  public Optional<Boolean> getBoolean(String key) {
    JsonNode v = node.get(key);
    return v != null && v.isBoolean() ? Optional.of(v.booleanValue()) : Optional.empty();
  }

  /** An integral value that fits a long; empty otherwise. */
  public Optional<Long> getLong(String key) {
    JsonNode v = node.get(key);
    return v != null && v.isIntegralNumber() && v.canConvertToLong()
        ? Optional.of(v.longValue()) : Optional.empty();
  }

  /** A numeric value; empty when absent or not a number. */
  public Optional<Double> getDouble(String key) {
    JsonNode v = node.get(key);
    return v != null && v.isNumber() ? Optional.of(v.doubleValue()) : Optional.empty();
  }

  /** A nested object; empty when absent or not an object. */
  public Optional<JsonObject> getObject(String key) {
    JsonNode v = node.get(key);
    return v instanceof ObjectNode ? Optional.of(of((ObjectNode) v)) : Optional.empty();
  }

  /** The string elements of an array value (other elements skipped); empty list otherwise. */
  public List<String> getStringList(String key) {
    JsonNode v = node.get(key);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    v.forEach(e -> {
      if (e.isTextual()) {
        out.add(e.textValue());
      }
    });
    return List.copyOf(out);
  }

  /** The value at a JSON Pointer such as {@code "/geometries/box/min_width"}. */
  public Optional<JsonNode> at(String jsonPointer) {
    JsonNode v = node.at(jsonPointer);
    return v.isMissingNode() ? Optional.empty() : Optional.of(v.deepCopy());
  }

  /** The object converted to a Jackson-mappable type (a record or POJO of your own). */
  public <T> T as(Class<T> type) {
    return JsonSupport.convertLeniently(node, type);
  }

  /** A mutable copy as plain Java values (maps, lists, strings, numbers, booleans, null). */
  @SuppressWarnings("unchecked")
  public Map<String, Object> toMap() {
    return new LinkedHashMap<>(JsonSupport.convertLeniently(node, LinkedHashMap.class));
  }

  /** A copy as a Jackson tree. */
  @JsonValue
  public ObjectNode toNode() {
    return node.deepCopy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonObject other && node.equals(other.node);
  }

  @Override
  public int hashCode() {
    return node.hashCode();
  }

  /** Compact JSON. */
  @Override
  public String toString() {
    return JsonSupport.write(node);
  }

  /**
   * Reads an object as the tree Jackson builds for it and adopts that tree, without the
   * delegating creator's reflective call (a page of tasks holds hundreds of these objects).
   * Any other token goes to Jackson's deserializer of {@link #adopt}, so errors are unchanged.
   */
  static final class Reader extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private static final JsonDeserializer<? extends JsonNode> OBJECTS =
        JsonNodeDeserializer.getDeserializer(ObjectNode.class);

    Reader(JsonDeserializer<?> jacksons) {
      super(jacksons);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Reader(newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.currentToken() == JsonToken.START_OBJECT
          ? adopt((ObjectNode) OBJECTS.deserialize(p, ctxt)) : super.deserialize(p, ctxt);
    }
  }
}
