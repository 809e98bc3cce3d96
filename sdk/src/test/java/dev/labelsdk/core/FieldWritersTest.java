package dev.labelsdk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK's readers store decoded values without {@code Field.set} (on Java 17 to 22). That
 * store does not check types, so a field whose deserializer may make something else must keep
 * Jackson's checked write: a wrong value fails the decode instead of landing in the field.
 */
class FieldWritersTest {

  /** A reader like the models' (the fast path covers classes in {@code dev.labelsdk}). */
  static final class Reader {
    @JsonProperty("name") private String name;
    @JsonProperty("tags") private List<String> tags;
    @JsonProperty("size") @JsonDeserialize(using = SaysNothing.class) private String size;
    @JsonProperty("weight") @JsonDeserialize(using = SaysInteger.class) private String weight;
  }

  /** Makes an Integer and does not say what it makes. */
  static final class SaysNothing extends JsonDeserializer<Object> {
    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.getIntValue();
    }
  }

  /** Makes an Integer and says so, for a String field. */
  static final class SaysInteger extends StdDeserializer<Integer> {
    SaysInteger() {
      super(Integer.class);
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return p.getIntValue();
    }
  }

  private static Reader decode(String json) throws IOException {
    return JsonSupport.decoder(Reader.class).decode(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void fieldsWhoseDeserializerMakesTheirTypeAreStored() throws IOException {
    Reader r = decode("{\"name\":\"n\",\"tags\":[\"a\",\"b\"]}");
    assertEquals("n", r.name);
    assertEquals(List.of("a", "b"), r.tags);
    Reader nulls = decode("{\"name\":null,\"tags\":null}");
    assertNull(nulls.name);
    assertNull(nulls.tags);
  }

  @Test
  void aDeserializerThatDoesNotSayWhatItMakesCannotPutAnotherTypeInTheField() {
    assertThrows(JsonMappingException.class, () -> decode("{\"size\":3}"));
  }

  @Test
  void aDeserializerOfAnotherTypeCannotPutItInTheField() {
    assertThrows(JsonMappingException.class, () -> decode("{\"weight\":3}"));
  }
}
