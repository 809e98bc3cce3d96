package dev.labelsdk.core;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
      .addModule(new SimpleModule("labelsdk")
          .addDeserializer(Instant.class, new Timestamps.Reader())
          .setDeserializerModifier(new ValueReaders()))
      .addModule(new FieldWriters())
      .withCoercionConfig(LogicalType.Textual, strings -> strings
          .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
      .build();

  /** For users' own types ({@link JsonObject#as}): Jackson's usual coercions. */
  private static final ObjectMapper LENIENT = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .build();

  /** Readers are immutable and cheap to share; making one per call looks its type up again. */
  private static final Map<Class<?>, ObjectReader> READERS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, ObjectReader> LIST_READERS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Decoder<?>> DECODERS = new ConcurrentHashMap<>();

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

  /**
   * A model as the JSON object a server would read: written by its annotations and parsed
   * back (so numbers have the node types a parse gives, {@code 120} an int).
   */
  public static ObjectNode toJson(Object model) {
    try {
      return (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsBytes(model));
    } catch (IOException e) {
      throw new IllegalStateException("cannot write " + model.getClass().getSimpleName(), e);
    }
  }

  /** Any value (map, list, POJO, node) as a JSON tree. */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /**
   * A JSON tree as an instance of {@code type}.
   *
   * @throws IllegalArgumentException if the tree does not have the shape of {@code type}; the
   *     message names the object and key (see {@link #problem})
   */
  public static <T> T convert(JsonNode node, Class<T> type) {
    try {
      return MAPPER.readerFor(type).readValue(MAPPER.treeAsTokens(node));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(problem(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON tree as an instance of a user's {@code type}, with Jackson's usual coercions. */
  static <T> T convertLeniently(JsonNode node, Class<T> type) {
    return LENIENT.convertValue(node, type);
  }

  /** A reader of one {@code type} value from a parser standing on it (more may follow). */
  public static ObjectReader reader(Class<?> type) {
    return READERS.computeIfAbsent(type, t -> MAPPER.readerFor(t)
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }

  /** A reader of one list of {@code type} from a parser standing on it (more may follow). */
  public static ObjectReader listReader(Class<?> type) {
    return LIST_READERS.computeIfAbsent(type, t -> MAPPER.readerFor(
        MAPPER.getTypeFactory().constructCollectionType(List.class, t))
        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
  }

  /** A decoder that binds a whole body to {@code type} in one pass from the bytes. */
  @SuppressWarnings("unchecked")
  public static <T> Decoder<T> decoder(Class<T> type) {
    return (Decoder<T>) DECODERS.computeIfAbsent(type, t -> {
      ObjectReader reader = MAPPER.readerFor(t);
      return body -> {
        Object value = reader.readValue(body);
        if (value == null) {
          throw new IllegalArgumentException(name(t) + " must be a JSON object but was null");
        }
        return value;
      };
    });
  }

  /** A streaming parser over {@code json}. */
  public static JsonParser parser(byte[] json) throws IOException {
    return MAPPER.createParser(json);
  }

  /**
   * What is wrong with a value, for an error message: {@code worker: "user_ids" must be an array
   * but was string "u1"} (the enclosing object, the key, the problem), or the message of a model's
   * own check; no Java type names.
   */
  public static String problem(JsonProcessingException e) {
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException && cause != null) {
      return cause.getMessage(); // a model's own check names what it checks
    }
    if (e instanceof MismatchedInputException m && m.getPath().isEmpty()
        && m.getTargetType() != null && expected(m.getTargetType()).equals("an object")) {
      return name(m.getTargetType()) + " must be a JSON object but was " + describe(m);
    }
    if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
      return e.getOriginalMessage();
    }
    List<JsonMappingException.Reference> path = m.getPath();
    JsonMappingException.Reference last = path.get(path.size() - 1);
    String key = last.getFieldName() != null ? "\"" + last.getFieldName() + "\""
        : "[" + last.getIndex() + "]";
    String where = null;
    for (int i = path.size() - 2; i >= 0 && where == null; i--) {
      where = path.get(i).getFieldName();
    }
    if (where == null) {
      Object from = path.get(0).getFrom();
      where = name(from instanceof Class<?> c ? c : from == null ? Object.class : from.getClass());
    }
    String problem;
    if (cause instanceof IllegalArgumentException || cause instanceof DateTimeException) {
      problem = cause.getMessage();
    } else if (m instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      problem = "must be " + expected(mismatch.getTargetType()) + " but was " + describe(mismatch);
    } else {
      problem = m.getOriginalMessage();
    }
    return where + ": " + key + " " + problem;
  }

  /** A model's name in messages: {@code task} for {@code Task} and for the builder reading it. */
  private static String name(Class<?> type) {
    boolean builder = type.getSimpleName().equals("Builder")
        || type.isAnnotationPresent(JsonPOJOBuilder.class);
    Class<?> named = builder && type.getEnclosingClass() != null ? type.getEnclosingClass() : type;
    return named.getSimpleName().toLowerCase(Locale.ROOT);
  }

  /** The value a mismatch was about: the bad value when known, else where the parser stands. */
  private static String describe(MismatchedInputException e) {
    if (e instanceof InvalidFormatException bad && bad.getValue() != null) {
      return describe(MAPPER.valueToTree(bad.getValue()));
    }
    return e.getProcessor() instanceof JsonParser p ? describe(p) : "something else";
  }

  private static String expected(Class<?> type) {
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "an array";
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
      return "an integer";
    }
    return Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a number" : "an object";
  }

  /** The value a parser stands on, for an error message (see {@link #describe(JsonNode)}). */
  public static String describe(JsonParser p) {
    try {
      JsonToken token = p.currentToken();
      if (token == null || token.isStructStart()) {
        return token == JsonToken.START_ARRAY ? "array" : "object";
      }
      JsonNodeFactory nodes = JsonNodeFactory.instance;
      return describe(switch (token) {
        case VALUE_STRING -> nodes.textNode(p.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> nodes.numberNode(p.getDecimalValue());
        case VALUE_TRUE, VALUE_FALSE -> nodes.booleanNode(p.getBooleanValue());
        default -> nodes.nullNode();
      });
    } catch (IOException e) {
      return "unreadable";
    }
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
