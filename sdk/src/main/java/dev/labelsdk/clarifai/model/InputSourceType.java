package dev.labelsdk.clarifai.model;

import java.util.Collection;

/**
 * Where a task takes its inputs from (spec §3.3). Build sources with {@link InputSource}.
 * An open enum: values this SDK does not know are kept, not rejected (see {@link
 * ProtoEnum}).
 */
public final class InputSourceType extends ProtoEnum {

  static final EnumValues<InputSourceType> VALUES =
      new EnumValues<>("InputSourceType", InputSourceType::new);

  /** Not set; the server treats it as {@link #ALL_INPUTS}. */
  public static final InputSourceType INPUT_SOURCE_TYPE_NOT_SET =
      VALUES.known(0, "INPUT_SOURCE_TYPE_NOT_SET");

  /** Every input of the app. */
  public static final InputSourceType ALL_INPUTS = VALUES.known(1, "ALL_INPUTS");

  /** The inputs a saved search matches. */
  public static final InputSourceType SAVED_SEARCH = VALUES.known(2, "SAVED_SEARCH");

  /** The inputs of a dataset. */
  public static final InputSourceType DATASET = VALUES.known(3, "DATASET");

  /** A single input (newest protos; not every server implements it). */
  public static final InputSourceType INPUT = VALUES.known(4, "INPUT");

  private InputSourceType(int number, String name, boolean known) {
    super(number, name, known);
  }

  /** The constant with this number, or an unknown value that keeps it. */
  public static InputSourceType of(int number) {
    return VALUES.of(number);
  }

  /**
   * The constant with this name (or number written as text), or an unknown value that keeps
   * it.
   *
   * @throws IllegalArgumentException if blank
   */
  public static InputSourceType of(String nameOrNumber) {
    return VALUES.of(nameOrNumber);
  }

  /** Every constant this SDK knows, in declaration order. */
  public static Collection<InputSourceType> knownValues() {
    return VALUES.known();
  }
}
