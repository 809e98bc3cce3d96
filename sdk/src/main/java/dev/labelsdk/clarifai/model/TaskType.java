package dev.labelsdk.clarifai.model;

import java.util.Collection;

/**
 * The kind of labeling a task asks for (spec §3.1); it also decides how consensus compares
 * labels (§8.5). An open enum: values this SDK does not know are kept, not rejected (see
 * {@link ProtoEnum}).
 */
public final class TaskType extends ProtoEnum {

  static final EnumValues<TaskType> VALUES =
      new EnumValues<>("TaskType", TaskType::new);

  /** Not set; the server treats it like {@link #CONCEPTS_CLASSIFICATION}. */
  public static final TaskType TYPE_NOT_SET = VALUES.known(0, "TYPE_NOT_SET");

  /** Concepts for the whole input (image, video frame or text). */
  public static final TaskType CONCEPTS_CLASSIFICATION = VALUES.known(1, "CONCEPTS_CLASSIFICATION");

  /** Rectangular regions around each concept. */
  public static final TaskType BOUNDING_BOX_DETECTION = VALUES.known(2, "BOUNDING_BOX_DETECTION");

  /** Free-form polygon regions around each concept. */
  public static final TaskType POLYGON_DETECTION = VALUES.known(3, "POLYGON_DETECTION");

  private TaskType(int number, String name, boolean known) {
    super(number, name, known);
  }

  /** The constant with this number, or an unknown value that keeps it. */
  public static TaskType of(int number) {
    return VALUES.of(number);
  }

  /**
   * The constant with this name (or number written as text), or an unknown value that keeps
   * it.
   *
   * @throws IllegalArgumentException if blank
   */
  public static TaskType of(String nameOrNumber) {
    return VALUES.of(nameOrNumber);
  }

  /** Every constant this SDK knows, in declaration order. */
  public static Collection<TaskType> knownValues() {
    return VALUES.known();
  }
}
