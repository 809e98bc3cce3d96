package dev.labelsdk.core;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A string-valued enum that stays open: the documented values are constants, and a value a
 * newer server sends is kept as it came ({@link #isKnown()} false) instead of failing the
 * whole answer. Two values are equal when they are of the same type and have the same wire
 * value, so the constants can also be compared with {@code ==}.
 */
public abstract class OpenEnum {

  private final String value;
  private final boolean known;

  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The wire value. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** False for a value this SDK version does not know. */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && value.equals(((OpenEnum) o).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  @Override
  public final String toString() {
    return value;
  }

  /**
   * The values of one open enum type: register the constants with {@link #known}, look values
   * up with {@link #of}.
   *
   * @param <T> the enum type
   */
  public static final class Values<T extends OpenEnum> {

    private final Map<String, T> known = new LinkedHashMap<>();
    private final BiFunction<String, Boolean, T> factory;

    /** {@code factory} makes an instance from a wire value and whether it is documented. */
    public Values(BiFunction<String, Boolean, T> factory) {
      this.factory = factory;
    }

    /** Registers and returns a documented value (call from the constants' initialisers). */
    public T known(String value) {
      T t = factory.apply(value, true);
      known.put(value, t);
      return t;
    }

    /** The constant for {@code value}, or a new unknown value that keeps it. */
    public T of(String value) {
      Objects.requireNonNull(value, "value");
      T t = known.get(value);
      return t != null ? t : factory.apply(value, false);
    }

    /** Every documented value, in the order they were declared. */
    public Collection<T> all() {
      return Collections.unmodifiableCollection(known.values());
    }
  }

  /**
   * Reads a documented value of one open enum type straight from the parser's characters: no
   * string is made, hashed and handed to the type's factory by reflection, which cost more than
   * a JSON tree's text node (a page of tasks holds hundreds of these values). Anything else
   * (unknown values, other tokens) goes to Jackson's deserializer of the type's
   * {@code @JsonCreator}, so results and errors are exactly what they were.
   */
  static final class Reader extends DelegatingDeserializer {
    private static final long serialVersionUID = 1L;
    private final OpenEnum[] slots;
    private final char[][] spellings;

    /** The constants are the type's public static fields of its own type that are known. */
    Reader(Class<?> type, JsonDeserializer<?> jacksons) {
      super(jacksons);
      List<OpenEnum> constants = new ArrayList<>();
      for (Field field : type.getFields()) {
        if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
          try {
            OpenEnum constant = (OpenEnum) field.get(null);
            if (constant.known) {
              constants.add(constant);
            }
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
      int size = Integer.highestOneBit(Math.max(constants.size(), 1) * 4);
      slots = new OpenEnum[size];
      spellings = new char[size][];
      for (OpenEnum constant : constants) {
        int i = constant.value.hashCode() & size - 1;
        while (slots[i] != null) {
          i = i + 1 & size - 1;
        }
        slots[i] = constant;
        spellings[i] = constant.value.toCharArray();
      }
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
      return new Reader(handledType(), newDelegatee);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_STRING) {
        OpenEnum constant = known(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (constant != null) {
          return constant;
        }
      }
      return super.deserialize(p, ctxt);
    }

    /** The constant spelled {@code s[from, from + n)}, or null. */
    private OpenEnum known(char[] s, int from, int n) {
      int hash = 0;
      for (int i = from; i < from + n; i++) {
        hash = 31 * hash + s[i];
      }
      int mask = slots.length - 1;
      for (int i = hash & mask; slots[i] != null; i = i + 1 & mask) {
        if (Arrays.equals(spellings[i], 0, spellings[i].length, s, from, from + n)) {
          return slots[i];
        }
      }
      return null;
    }
  }
}
