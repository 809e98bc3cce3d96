package dev.labelsdk.refonte;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP 409 naming an existing task: the {@code unique_id} of a create (or of
 * {@code setUniqueId}) is already held by {@link #conflictingTaskId()}. A
 * {@link dev.labelsdk.core.ConflictException}.
 *
 * <pre>{@code
 * try {
 *   task = client.tasks().create(request);
 * } catch (DuplicateTaskException e) {
 *   task = client.tasks().get(e.conflictingTaskId());
 * }
 * }</pre>
 */
// Extends the Refonte ConflictException so that catch blocks for that one still see it.
@SuppressWarnings("deprecation")
public class DuplicateTaskException extends ConflictException {

  private static final long serialVersionUID = 1L;

  private static final Pattern TASK_ID = Pattern.compile("\\(([0-9a-fA-F]{24})\\)");
  private static final Pattern UNIQUE_ID =
      Pattern.compile("The unique_id \\(\"(.*)\"\\)\\s+is already used", Pattern.DOTALL);

  /** The task holding the value. */
  private final String conflictingTaskId;
  /** The value in conflict, or null. */
  private final String uniqueId;

  /**
   * @param statusCode the HTTP status
   * @param errorMessage the body's {@code error}, naming the task
   * @param rawBody the body as received ({@code ""} when none)
   * @param requestId the {@code X-Request-Id} response header, or null
   * @param retryAfter the {@code Retry-After} response header as a duration, or null
   * @throws IllegalArgumentException if {@code errorMessage} names no task (use
   *     {@link #conflictingTaskIdIn(String)} to check first)
   */
  public DuplicateTaskException(int statusCode, String errorMessage, String rawBody,
      String requestId, Duration retryAfter) {
    super(statusCode, errorMessage, rawBody, requestId, retryAfter, hint(errorMessage));
    this.conflictingTaskId = conflictingTaskIdIn(errorMessage).orElseThrow(() ->
        new IllegalArgumentException("the message names no task: " + errorMessage));
    this.uniqueId = uniqueIdIn(errorMessage).orElse(null);
  }

  /** The id of the task that holds the value. */
  public String conflictingTaskId() {
    return conflictingTaskId;
  }

  /** The unique_id in conflict, when the message quotes it. */
  public Optional<String> uniqueId() {
    return Optional.ofNullable(uniqueId);
  }

  /** The last {@code (<24 hex digits>)} group of a message. */
  public static Optional<String> conflictingTaskIdIn(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher m = TASK_ID.matcher(message);
    String last = null;
    while (m.find()) {
      last = m.group(1);
    }
    return Optional.ofNullable(last);
  }

  /** The value of {@code The unique_id ("...")} in a message. */
  public static Optional<String> uniqueIdIn(String message) {
    if (message == null) {
      return Optional.empty();
    }
    Matcher m = UNIQUE_ID.matcher(message);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  private static String hint(String message) {
    return conflictingTaskIdIn(message)
        .map(id -> "Fetch the existing task with tasks().get(\"" + id + "\"), or free the"
            + " unique_id with tasks().cancel(id, true) or tasks().clearUniqueId(id).")
        .orElse(null);
  }
}
