package dev.labelsdk.clarifai.model;

import java.util.Collection;

/**
 * A task's priority (spec §3.1). An open enum: values this SDK does not know are kept, not
 * rejected (see {@link ProtoEnum}).
 */
public final class TaskPriority extends ProtoEnum {

  static final EnumValues<TaskPriority> VALUES =
      new EnumValues<>("TaskPriority", TaskPriority::new);

  /** Not set. */
  public static final TaskPriority TASK_PRIORITY_NOT_SET = VALUES.known(0, "TASK_PRIORITY_NOT_SET");

  /** Low. */
  public static final TaskPriority LOW = VALUES.known(1, "LOW");

  /** Medium. */
  public static final TaskPriority MEDIUM = VALUES.known(2, "MEDIUM");

  /** High. */
  public static final TaskPriority HIGH = VALUES.known(3, "HIGH");

  private TaskPriority(int number, String name, boolean known) {
    super(number, name, known);
  }

  /** The constant with this number, or an unknown value that keeps it. */
  public static TaskPriority of(int number) {
    return VALUES.of(number);
  }

  /**
   * The constant with this name (or number written as text), or an unknown value that keeps
   * it.
   *
   * @throws IllegalArgumentException if blank
   */
  public static TaskPriority of(String nameOrNumber) {
    return VALUES.of(nameOrNumber);
  }

  /** Every constant this SDK knows, in declaration order. */
  public static Collection<TaskPriority> knownValues() {
    return VALUES.known();
  }
}
