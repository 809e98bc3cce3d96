package dev.labelsdk.mock.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Values read from a token stream as compact JSON text, checked against {@link JsonBounds} on
 * the way: the same text {@link Json#compact} writes for the value's tree (floats as exact
 * decimals), without building the tree. For reading large documents value by value; one copier
 * serves many values. Not thread-safe, and not reusable after a failure.
 */
public final class JsonCopier {

  private final CharArrayWriter out = new CharArrayWriter(256);
  private final JsonGenerator g;

  public JsonCopier() {
    try {
      g = Json.MAPPER.getFactory().createGenerator(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a generator over memory does no I/O
    }
    g.setRootValueSeparator(null); // each value is copied on its own
  }

  /**
   * The value at {@code p}'s current token as compact text; {@code p} is left at the value's
   * last token. A value out of bounds is a {@link JsonBounds.OutOfBounds} whose path starts
   * below {@code base}.
   */
  public String copy(JsonParser p, JsonStreamContext base) throws IOException {
    int depth = 0;
    do {
      JsonToken token = p.currentToken();
      switch (token) {
        case START_OBJECT -> {
          g.writeStartObject();
          depth++;
        }
        case START_ARRAY -> {
          g.writeStartArray();
          depth++;
        }
        case END_OBJECT -> {
          g.writeEndObject();
          depth--;
        }
        case END_ARRAY -> {
          g.writeEndArray();
          depth--;
        }
        case FIELD_NAME -> g.writeFieldName(JsonBounds.checkedName(p, base));
        case VALUE_STRING -> g.writeString(JsonBounds.checkedText(p, base));
        case VALUE_NUMBER_FLOAT -> g.writeNumber(JsonBounds.checkedDecimal(p, base));
        default -> g.copyCurrentEvent(p); // integers as the tree holds them, true, false, null
      }
    } while (depth > 0 && p.nextToken() != null);
    g.flush();
    String text = out.toString();
    out.reset();
    return text;
  }
}
