package dev.labelsdk.core;

import java.util.List;

/**
 * A request the client refuses to send because the API would refuse it (or it could never
 * work): nothing was sent. {@link #problems()} lists what is wrong, one sentence each.
 */
public class InvalidRequestException extends LabelSdkException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /**
   * @param what names the request, e.g. {@code "categorization task"}
   * @param problems what is wrong, one sentence each
   */
  public InvalidRequestException(String what, List<String> problems) {
    super("Invalid " + what + ": " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** What is wrong, one sentence each. */
  public List<String> problems() {
    return problems;
  }
}
