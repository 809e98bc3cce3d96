package dev.labelsdk.core;

/**
 * Base of every unchecked exception thrown by the labelsdk clients.
 *
 * <p>Catch this to handle any client failure in one place; catch a subclass (for example
 * {@code dev.labelsdk.refonte.RateLimitException}) to handle one meaning.
 */
public class LabelSdkException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message. */
  public LabelSdkException(String message) {
    super(message);
  }

  /** An exception with a message and the failure that caused it. */
  public LabelSdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
