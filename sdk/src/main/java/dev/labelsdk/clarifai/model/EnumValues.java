package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.labelsdk.core.JsonSupport;
import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The constants of one {@link ProtoEnum} type, by number and by name. Filled while the enum
 * class initialises, read-only afterwards (so safe to share between threads).
 */
final class EnumValues<E extends ProtoEnum> {

  /** Makes an instance of the enum type. */
  @FunctionalInterface
  interface Factory<E> {
    E create(int number, String name, boolean known);
  }

  private final Factory<E> factory;
  private final String type;
  private final Map<Integer, E> byNumber = new LinkedHashMap<>();
  private final Map<String, E> byName = new HashMap<>();
  /** The known numbers, ascending, and their values: a lookup without boxing (a hot path). */
  private int[] numbers = {};
  private ProtoEnum[] values = {};

  EnumValues(String type, Factory<E> factory) {
    this.type = type;
    this.factory = factory;
  }

  /** Registers a known constant (and any older names it is also sent as). */
  E known(int number, String name, String... aliases) {
    E value = factory.create(number, name, true);
    byNumber.put(number, value);
    numbers = byNumber.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    values = Arrays.stream(numbers).mapToObj(byNumber::get).toArray(ProtoEnum[]::new);
    byName.put(name, value);
    for (String alias : aliases) {
      byName.put(alias, value);
    }
    return value;
  }

  @SuppressWarnings("unchecked")
  E of(int number) {
    int at = Arrays.binarySearch(numbers, number);
    return at >= 0 ? (E) values[at] : factory.create(number, ProtoEnum.UNRECOGNIZED, false);
  }

  /** A name, or a number written as text (requests and some docs use both). */
  E of(String nameOrNumber) {
    Objects.requireNonNull(nameOrNumber, type);
    String text = nameOrNumber.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException(type + " must not be blank");
    }
    E value = byName.get(text);
    if (value != null) {
      return value;
    }
    if (isInteger(text)) {
      try {
        return of(Integer.parseInt(text));
      } catch (NumberFormatException tooLarge) {
        throw new IllegalArgumentException(type + " number out of range: " + text);
      }
    }
    return factory.create(-1, text, false);
  }


  /**
   * The value a parser stands on: a JSON number or string.
   *
   * @throws IllegalArgumentException for any other JSON type
   */
  E read(JsonParser p) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return of(p.getIntValue());
    }
    if (token == JsonToken.VALUE_STRING && !p.getText().isBlank()) {
      return of(p.getText());
    }
    throw new IllegalArgumentException("must be a " + type + " name or number but was "
        + JsonSupport.describe(p));
  }

  Collection<E> known() {
    return Collections.unmodifiableCollection(byNumber.values());
  }

  private static boolean isInteger(String s) {
    int start = s.charAt(0) == '-' ? 1 : 0;
    if (start == s.length()) {
      return false;
    }
    for (int i = start; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
