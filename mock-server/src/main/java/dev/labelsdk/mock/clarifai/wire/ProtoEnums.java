package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.ProtoEnum;

/**
 * Enum values as requests may send them (spec §4): the proto name, the number, or the number
 * as a string. Anything else is 11100 naming the field.
 */
final class ProtoEnums {

  private ProtoEnums() {}

  static <E extends Enum<E> & ProtoEnum> E decode(JsonNode value, Class<E> type, String field) {
    if (value.isIntegralNumber() && value.canConvertToInt()) {
      return byNumber(value.intValue(), type, field, value.asText());
    }
    if (value.isTextual()) {
      return decode(value.asText(), type, field);
    }
    throw unknown(type, field, value.toString());
  }

  static <E extends Enum<E> & ProtoEnum> E decode(String text, Class<E> type, String field) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text) || e.aliases().contains(text)) {
        return e;
      }
    }
    if (text.matches("-?\\d{1,9}")) {
      return byNumber(Integer.parseInt(text), type, field, text);
    }
    throw unknown(type, field, "\"" + text + "\"");
  }

  private static <E extends Enum<E> & ProtoEnum> E byNumber(int number, Class<E> type, String field,
      String shown) {
    for (E e : type.getEnumConstants()) {
      if (e.number() == number) {
        return e;
      }
    }
    throw unknown(type, field, shown);
  }

  private static ClarifaiError unknown(Class<?> type, String field, String shown) {
    return ClarifaiError.badFormat(field + ": unknown " + type.getSimpleName() + " value " + shown);
  }
}
