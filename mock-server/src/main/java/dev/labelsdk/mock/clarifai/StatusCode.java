package dev.labelsdk.mock.clarifai;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The Clarifai status codes the mock produces or parses (spec §5.2), with their descriptions. */
public enum StatusCode implements ProtoEnum {
  SUCCESS(10000, "Ok"),
  MIXED_STATUS(10010, "Mixed Success"),
  FAILURE(10020, "Failure"),
  TRY_AGAIN(10030, "Try the request again"),
  CONN_TOKEN_INVALID(11001, "Invalid authentication token"),
  CONN_CREDENTIALS_INVALID(11002, "Invalid credentials"),
  CONN_EXCEED_HOURLY_LIMIT(11003, "Hourly request limit exceeded"),
  CONN_EXCEED_MONTHLY_LIMIT(11004, "Monthly request limit exceeded"),
  CONN_THROTTLED(11005, "Making too many requests"),
  CONN_INSUFFICIENT_SCOPES(11007, "API key has insufficient scopes"),
  CONN_KEY_INVALID(11008, "Invalid API key or Invalid API key/application pair"),
  CONN_KEY_NOT_FOUND(11009, "API key not found"),
  CONN_BAD_REQUEST_FORMAT(11100, "Bad request format"),
  CONN_DOES_NOT_EXIST(11101, "Resource does not exist"),
  CONN_INVALID_REQUEST(11102, "Invalid request"),
  CONN_METHOD_NOT_ALLOWED(11103, "Method not allowed"),
  ANNOTATION_SUCCESS(24150, "Annotation success"),
  ANNOTATION_PENDING(24151, "Annotation pending"),
  ANNOTATION_INVALID_ARGUMENT(24155, "Invalid annotation argument"),
  ANNOTATION_PERMISSION_DENIED(24156, "Annotation permission denied"),
  ANNOTATION_AWAITING_REVIEW(24157, "Annotation is awaiting review from task REVIEWERS."),
  ANNOTATION_REVIEW_DENIED(24158, "Annotation review denied"),
  ANNOTATION_AWAITING_CONSENSUS_REVIEW(24159,
      "Annotation is awaiting consensus review from task LABELERS."),
  INPUT_SUCCESS(30000, "Download complete") {
    @Override
    public List<String> aliases() {
      return List.of("INPUT_DOWNLOAD_SUCCESS");
    }
  },
  INPUT_DOES_NOT_EXIST(30102, "Input does not exist"),
  INPUT_INVALID_ARGUMENT(30104, "Invalid input argument"),
  DATABASE_DUPLICATE_KEY(40010, "Object has a duplicate ID"),
  TASK_IN_PROGRESS(54001, "Task in progress"),
  TASK_DONE(54002, "Task done"),
  TASK_WONT_DO(54003, "Task won't do"),
  TASK_FAILED(54005, "Task failed"),
  TASK_IDLE(54006, "Task idle"),
  TASK_CONFLICT(54100, "Task conflict"),
  TASK_NOT_IMPLEMENTED(54101, "Task scenario not implemented"),
  TASK_MISSING(54102, "Task not found"),
  TASK_PERMISSION_DENIED(54103, "Task permission denied"),
  TASK_ASSIGNMENT_SUCCESS(54200, "Task assignment success"),
  TASK_ASSIGNMENT_PENDING(54201, "Task assignment pending"),
  TASK_ASSIGNMENT_AWAITING_REVIEW(54202, "Task assignment awaiting review"),
  TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW(54203, "Task assignment awaiting consensus review"),
  TASK_ASSIGNMENT_REJECTED(54204, "Task assignment rejected"),
  TASK_ASSIGNMENT_REVIEW_SUCCESS(54300, "Task assignment review success"),
  TASK_ASSIGNMENT_REVIEW_PENDING(54301, "Task assignment review pending"),
  TASK_ASSIGNMENT_REVIEW_DISMISSED(54302, "Task assignment review dismissed"),
  INTERNAL_SERVER_ISSUE(98004, "Internal server issue"),
  INTERNAL_UNCATEGORIZED(99009, "Internal error");

  private static final Map<Integer, StatusCode> BY_NUMBER = new HashMap<>();

  static {
    for (StatusCode c : values()) {
      BY_NUMBER.put(c.number, c);
    }
  }

  private final int number;
  private final String description;

  StatusCode(int number, String description) {
    this.number = number;
    this.description = description;
  }

  @Override
  public int number() {
    return number;
  }

  /** The description the envelope shows (docs.clarifai.com, or mock text). */
  public String description() {
    return description;
  }

  /** The code with this number, or null when the mock does not know it. */
  public static StatusCode of(int number) {
    return BY_NUMBER.get(number);
  }
}
