package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Status;
import java.time.Duration;
import java.util.List;

/**
 * The request is invalid: the server refused it (11100 CONN_BAD_REQUEST_FORMAT, 11102
 * CONN_INVALID_REQUEST, 11103, 24155, 30104, 10020 FAILURE when every item of a batch failed,
 * 54101), or the client found before sending that it can never work ({@link #httpStatus()}
 * and {@link #code()} are then 0 and {@link #problems()} lists what is wrong).
 */
public class InvalidRequestException extends ClarifaiApiException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** See {@link ClarifaiApiException#ClarifaiApiException(int, Status, String, Duration)}. */
  public InvalidRequestException(int httpStatus, Status status, String rawBody,
      Duration retryAfter) {
    super(httpStatus, status, rawBody, retryAfter, null, null);
    this.problems = List.of();
  }

  private InvalidRequestException(String what, List<String> problems) {
    super(0, null, "", null, "Not sent: " + what + " " + String.join("; ", problems), null);
    this.problems = List.copyOf(problems);
  }

  /**
   * A request the client refuses to send.
   *
   * @param what names the request, e.g. {@code "task \"Annotate water\":"}
   * @param problems what is wrong, one sentence each
   */
  public static InvalidRequestException beforeSending(String what, List<String> problems) {
    return new InvalidRequestException(what, problems);
  }

  /** The problems found before sending (empty when the server refused the request). */
  public List<String> problems() {
    return problems;
  }

  /** The server's details, or the problems found before sending, joined by {@code "; "}. */
  @Override
  public String details() {
    return problems.isEmpty() ? super.details() : String.join("; ", problems);
  }
}
