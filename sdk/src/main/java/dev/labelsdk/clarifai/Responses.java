package dev.labelsdk.clarifai;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Decoders of successful answers. Each reads the envelope itself, in one pass over the bytes:
 * the {@code status}, and its one field bound straight into models. An answer whose status is
 * not a success fails the decoder, and {@link ClarifaiProtocol} then classifies it.
 */
final class Responses {

  private static final ObjectReader STATUS_READER = JsonSupport.reader(Status.class);

  private Responses() {}

  /** A decoder of a Clarifai envelope; {@link ClarifaiProtocol} tries it before anything else. */
  abstract static class Envelope<T> implements Decoder<T> {

    /** Fails unless the answer's status is SUCCESS or MIXED_STATUS. */
    static void requireSuccess(Status status) {
      int code = status == null ? -1 : status.code().number();
      if (code != StatusCode.SUCCESS.number() && code != StatusCode.MIXED_STATUS.number()) {
        throw NotSuccess.INSTANCE;
      }
    }
  }

  /** A Single*Response's object, e.g. {@code task}; it must be present. */
  static <T> Decoder<T> single(String field, Class<T> type) {
    return new Field<>(field, JsonSupport.reader(type), value -> {
      if (value == null) {
        throw new IllegalArgumentException("the response has no \"" + field + "\"");
      }
      return type.cast(value);
    });
  }

  /** A Multi*Response's list, e.g. {@code tasks}; absent means empty. */
  @SuppressWarnings("unchecked")
  static <T> Decoder<List<T>> list(String field, Class<T> type) {
    return new Field<>(field, JsonSupport.listReader(type),
        value -> value == null ? List.of() : Collections.unmodifiableList((List<T>) value));
  }


  /** A Multi*Response's list, read by a tree decoder (models not yet bound). */
  static <T> Decoder<List<T>> list(String field, Function<JsonNode, T> parse) {
    return new Field<>(field, JsonSupport.reader(JsonNode.class), value -> {
      if (value == null) {
        return List.of();
      }
      if (!(value instanceof ArrayNode array)) {
        throw new IllegalArgumentException("\"" + field + "\" must be an array");
      }
      List<T> out = new ArrayList<>(array.size());
      array.forEach(item -> out.add(parse.apply(item)));
      return Collections.unmodifiableList(out);
    });
  }

  /** A per-item batch answer. */
  static <T> Decoder<BatchResult<T>> batch(String field, Function<JsonNode, T> parse) {
    return new Envelope<>() {
      @Override
      public BatchResult<T> decode(byte[] body) throws IOException {
        JsonNode json = JsonSupport.parse(body);
        requireSuccess(ErrorMapping.envelopeStatus(json));
        return BatchResult.fromJson(json, field, parse);
      }
    };
  }

  /** For answers that carry nothing but the status: the status. */
  static final Decoder<Status> STATUS =
      new Field<>("status", Responses.STATUS_READER, s -> (Status) s);

  /** The envelope's status and one field, the other keys skipped. */
  private static final class Field<T> extends Envelope<T> {
    private final String field;
    private final ObjectReader reader;
    private final Function<Object, T> result;

    Field(String field, ObjectReader reader, Function<Object, T> result) {
      this.field = field;
      this.reader = reader;
      this.result = result;
    }

    @Override
    public T decode(byte[] body) throws IOException {
      Status status = null;
      Object value = null;
      try (JsonParser p = JsonSupport.parser(body)) {
        if (p.nextToken() != JsonToken.START_OBJECT) {
          throw NotSuccess.INSTANCE;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if (name.equals("status")) {
            status = STATUS_READER.readValue(p);
          } else if (name.equals(field)) {
            value = reader.readValue(p);
          } else {
            p.skipChildren();
          }
        }
        if (p.nextToken() != null) {
          throw NotSuccess.INSTANCE; // trailing tokens: the slow path reports them
        }
      }
      requireSuccess(status);
      return result.apply(value);
    }
  }

  /** The answer is not a successful envelope (thrown without a stack: the protocol handles it). */
  static final class NotSuccess extends RuntimeException {
    static final NotSuccess INSTANCE = new NotSuccess();

    private NotSuccess() {
      super("the answer is not a successful envelope", null, false, false);
    }
  }
}
