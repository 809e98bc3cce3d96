package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * An open enum of the Clarifai API: a known constant ({@link #isKnown()}) or a value this SDK
 * version does not know, kept as the server sent it so that reading a newer server's answer
 * never fails. Responses carry enums as numbers (sometimes names); requests send names.
 *
 * <p>An unknown number reads as {@code UNRECOGNIZED} with {@link #number()} the raw value; an
 * unknown name keeps the name, with number -1. Compare with {@code ==} or {@code equals}.
 */
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
  @JsonValue
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
}
