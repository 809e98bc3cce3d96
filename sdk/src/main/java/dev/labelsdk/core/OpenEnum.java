package dev.labelsdk.core;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
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
}
