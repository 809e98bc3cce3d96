package dev.labelsdk.refonte.model;

import java.util.List;

/**
 * A request the service would reject, caught before anything is sent: building it (or passing
 * it to a client method) throws this, listing every problem and how to fix it.
 *
 * <p>It is an {@link IllegalArgumentException} (a programming error in the caller's code, the
 * request never left the process), not a {@code RefonteException}.
 */
public class InvalidRequestException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> problems;

  /** @param what what was being built, e.g. {@code "categorization task"} */
  public InvalidRequestException(String what, List<String> problems) {
    super("Invalid " + what + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
