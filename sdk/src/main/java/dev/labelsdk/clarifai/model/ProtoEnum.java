package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * An open enum of the Clarifai API: a known constant ({@link #isKnown()}) or a value this SDK
 * version does not know, kept as the server sent it so that reading a newer server's answer
 * never fails. Responses carry enums as numbers (sometimes names); requests send names.
 *
 * <p>An unknown number reads as {@code UNRECOGNIZED} with {@link #number()} the raw value; an
 * unknown name keeps the name, with number -1. Compare with {@code ==} or {@code equals}.
 */
@JsonDeserialize(using = ProtoEnum.Reader.class)
@JsonSerialize(using = ProtoEnum.Writer.class)
public abstract class ProtoEnum {

  /** The name of a value read from a number this SDK does not know. */
  public static final String UNRECOGNIZED = "UNRECOGNIZED";

  private final int number;
  private final String name;
  private final boolean known;

  ProtoEnum(int number, String name, boolean known) {
    this.number = number;
    this.name = name;
    this.known = known;
  }

  /** The proto number; -1 for a value received only as an unknown name. */
  public final int number() {
    return number;
  }

  /** The proto name, e.g. {@code PARTITIONED}; {@value #UNRECOGNIZED} for an unknown number. */
  public final String name() {
    return name;
  }

  /** False for a value this SDK version does not know. */
  public final boolean isKnown() {
    return known;
  }

  /** What requests send: the name, or the number when only the number is known. */
  public final JsonNode toJson() {
    return known || number < 0 ? TextNode.valueOf(name) : IntNode.valueOf(number);
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((ProtoEnum) o).number == number
        && ((ProtoEnum) o).name.equals(name);
  }

  @Override
  public final int hashCode() {
    return 31 * number + name.hashCode();
  }

  /** The name; {@code UNRECOGNIZED(57)} for an unknown number. */
  @Override
  public final String toString() {
    return known || number < 0 ? name : UNRECOGNIZED + "(" + number + ")";
  }

  /** Reads any ProtoEnum type by its {@code VALUES} (a number, a numeric string or a name). */
  static final class Reader extends StdDeserializer<ProtoEnum> implements ContextualDeserializer {
    private final EnumValues<?> values;

    Reader() {
      this(ProtoEnum.class, null);
    }

    /** A reader of {@code type}, whose values it is (which {@code handledType()} says). */
    private Reader(Class<?> type, EnumValues<?> values) {
      super(type);
      this.values = values;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt,
        BeanProperty property) throws JsonMappingException {
      Class<?> type = ctxt.getContextualType().getRawClass();
      try {
        return new Reader(type, (EnumValues<?>) type.getDeclaredField("VALUES").get(null));
      } catch (ReflectiveOperationException e) {
        throw JsonMappingException.from(ctxt, type.getSimpleName() + " has no VALUES", e);
      }
    }

    @Override
    public ProtoEnum deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return values.read(p);
    }
  }

  /** Writes {@link #toJson()}; the zero ("not set") value counts as empty, so it is left out. */
  static final class Writer extends StdSerializer<ProtoEnum> {
    Writer() {
      super(ProtoEnum.class);
    }

    @Override
    public void serialize(ProtoEnum value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (value.known || value.number < 0) {
        gen.writeString(value.name);
      } else {
        gen.writeNumber(value.number);
      }
    }

    @Override
    public boolean isEmpty(SerializerProvider provider, ProtoEnum value) {
      return value == null || value.number == 0;
    }
  }
}
