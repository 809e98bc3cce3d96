package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Task;
import java.util.List;

/**
 * For the decode benchmark: the client's own decoder of a ListTasks answer (package-private in
 * the SDK, so this class sits in the same package).
 */
public final class DecodeProbe {

  private DecodeProbe() {}

  /** The tasks of a ListTasks answer, decoded exactly as {@code tasks().list(...)} does. */
  public static List<Task> tasks(byte[] page) throws Exception {
    return Responses.list("tasks", Task.class).decode(page);
  }
}
