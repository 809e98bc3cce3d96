package dev.labelsdk.clarifai.model;

import java.util.Collection;

/**
 * A Clarifai status code (spec §5.2): the outcome of a request ({@code status.code} of every
 * response), and the lifecycle state of tasks (540xx), assignments (542xx), annotations (241xx)
 * and inputs (30xxx). An open enum: codes this SDK does not know keep their number and never
 * fail a read (see {@link ProtoEnum}).
 */
public final class StatusCode extends ProtoEnum {

  static final EnumValues<StatusCode> VALUES = new EnumValues<>("StatusCode", StatusCode::new);

  /** 10000: The request succeeded. */
  public static final StatusCode SUCCESS = VALUES.known(10000, "SUCCESS");

  /** 10010: Some items of a batch failed; each item carries its own status. */
  public static final StatusCode MIXED_STATUS = VALUES.known(10010, "MIXED_STATUS");

  /** 10020: Every item of a batch failed. */
  public static final StatusCode FAILURE = VALUES.known(10020, "FAILURE");

  /** 10030: A transient failure: send the request again. */
  public static final StatusCode TRY_AGAIN = VALUES.known(10030, "TRY_AGAIN");

  /** 11001: Invalid authentication token. */
  public static final StatusCode CONN_TOKEN_INVALID = VALUES.known(11001, "CONN_TOKEN_INVALID");

  /** 11002: Invalid credentials. */
  public static final StatusCode CONN_CREDENTIALS_INVALID =
      VALUES.known(11002, "CONN_CREDENTIALS_INVALID");

  /** 11003: Hourly request limit exceeded. */
  public static final StatusCode CONN_EXCEED_HOURLY_LIMIT =
      VALUES.known(11003, "CONN_EXCEED_HOURLY_LIMIT");

  /** 11004: Monthly request limit exceeded. */
  public static final StatusCode CONN_EXCEED_MONTHLY_LIMIT =
      VALUES.known(11004, "CONN_EXCEED_MONTHLY_LIMIT");

  /** 11005: Too many requests per second. */
  public static final StatusCode CONN_THROTTLED = VALUES.known(11005, "CONN_THROTTLED");

  /** 11007: The key lacks a scope, or the user has no access to the app. */
  public static final StatusCode CONN_INSUFFICIENT_SCOPES =
      VALUES.known(11007, "CONN_INSUFFICIENT_SCOPES");

  /** 11008: Malformed key, or a key that does not fit the app. */
  public static final StatusCode CONN_KEY_INVALID = VALUES.known(11008, "CONN_KEY_INVALID");

  /** 11009: Unknown key. */
  public static final StatusCode CONN_KEY_NOT_FOUND = VALUES.known(11009, "CONN_KEY_NOT_FOUND");

  /** 11100: The request could not be decoded (bad JSON, wrong type, unknown enum). */
  public static final StatusCode CONN_BAD_REQUEST_FORMAT =
      VALUES.known(11100, "CONN_BAD_REQUEST_FORMAT");

  /** 11101: The resource (or the path) does not exist. */
  public static final StatusCode CONN_DOES_NOT_EXIST = VALUES.known(11101, "CONN_DOES_NOT_EXIST");

  /** 11102: The request is invalid (or the authorization header is malformed). */
  public static final StatusCode CONN_INVALID_REQUEST = VALUES.known(11102, "CONN_INVALID_REQUEST");

  /** 11103: Wrong HTTP method for the path. */
  public static final StatusCode CONN_METHOD_NOT_ALLOWED =
      VALUES.known(11103, "CONN_METHOD_NOT_ALLOWED");

  /** 24150: Annotation approved, or no review needed. */
  public static final StatusCode ANNOTATION_SUCCESS = VALUES.known(24150, "ANNOTATION_SUCCESS");

  /** 24151: Annotation is a draft, or was sent back for changes. */
  public static final StatusCode ANNOTATION_PENDING = VALUES.known(24151, "ANNOTATION_PENDING");

  /** 24155: Invalid annotation argument. */
  public static final StatusCode ANNOTATION_INVALID_ARGUMENT =
      VALUES.known(24155, "ANNOTATION_INVALID_ARGUMENT");

  /** 24156: The caller may not change this annotation. */
  public static final StatusCode ANNOTATION_PERMISSION_DENIED =
      VALUES.known(24156, "ANNOTATION_PERMISSION_DENIED");

  /** 24157: Annotation is awaiting review from the task reviewers. */
  public static final StatusCode ANNOTATION_AWAITING_REVIEW =
      VALUES.known(24157, "ANNOTATION_AWAITING_REVIEW");

  /** 24158: Annotation was rejected. */
  public static final StatusCode ANNOTATION_REVIEW_DENIED =
      VALUES.known(24158, "ANNOTATION_REVIEW_DENIED");

  /** 24159: Annotation is awaiting the other labelers (consensus). */
  public static final StatusCode ANNOTATION_AWAITING_CONSENSUS_REVIEW =
      VALUES.known(24159, "ANNOTATION_AWAITING_CONSENSUS_REVIEW");

  /** 30000: Input stored (also sent as {@code INPUT_DOWNLOAD_SUCCESS}). */
  public static final StatusCode INPUT_SUCCESS =
      VALUES.known(30000, "INPUT_SUCCESS", "INPUT_DOWNLOAD_SUCCESS");

  /**
   * 30001: Input is being downloaded or processed (also sent as {@code INPUT_DOWNLOAD_PENDING}).
   */
  public static final StatusCode INPUT_PENDING =
      VALUES.known(30001, "INPUT_PENDING", "INPUT_DOWNLOAD_PENDING");

  /**
   * 30002: Input could not be downloaded or processed (also sent as {@code
   * INPUT_DOWNLOAD_FAILED}).
   */
  public static final StatusCode INPUT_FAILED =
      VALUES.known(30002, "INPUT_FAILED", "INPUT_DOWNLOAD_FAILED");

  /** 30102: Input does not exist. */
  public static final StatusCode INPUT_DOES_NOT_EXIST = VALUES.known(30102, "INPUT_DOES_NOT_EXIST");

  /** 30104: Invalid input argument. */
  public static final StatusCode INPUT_INVALID_ARGUMENT =
      VALUES.known(30104, "INPUT_INVALID_ARGUMENT");

  /** 40010: An object with this id already exists. */
  public static final StatusCode DATABASE_DUPLICATE_KEY =
      VALUES.known(40010, "DATABASE_DUPLICATE_KEY");

  /** 54001: Task in progress: open for labeling and review. */
  public static final StatusCode TASK_IN_PROGRESS = VALUES.known(54001, "TASK_IN_PROGRESS");

  /** 54002: Task done. */
  public static final StatusCode TASK_DONE = VALUES.known(54002, "TASK_DONE");

  /** 54003: Task abandoned ("won't do"). */
  public static final StatusCode TASK_WONT_DO = VALUES.known(54003, "TASK_WONT_DO");

  /** 54005: Task failed (auto-annotation). */
  public static final StatusCode TASK_FAILED = VALUES.known(54005, "TASK_FAILED");

  /** 54006: Task idle (auto-annotation). */
  public static final StatusCode TASK_IDLE = VALUES.known(54006, "TASK_IDLE");

  /** 54100: The operation conflicts with the task's or the assignment's state. */
  public static final StatusCode TASK_CONFLICT = VALUES.known(54100, "TASK_CONFLICT");

  /** 54101: Task scenario not implemented (model or workflow workers, the INPUT source). */
  public static final StatusCode TASK_NOT_IMPLEMENTED = VALUES.known(54101, "TASK_NOT_IMPLEMENTED");

  /** 54102: Task not found. */
  public static final StatusCode TASK_MISSING = VALUES.known(54102, "TASK_MISSING");

  /** 54103: The caller is not a worker (or reviewer) of the task. */
  public static final StatusCode TASK_PERMISSION_DENIED =
      VALUES.known(54103, "TASK_PERMISSION_DENIED");

  /** 54200: Assignment done: approved, or accepted without review. */
  public static final StatusCode TASK_ASSIGNMENT_SUCCESS =
      VALUES.known(54200, "TASK_ASSIGNMENT_SUCCESS");

  /** 54201: Assignment waiting for its worker (new, or sent back for changes). */
  public static final StatusCode TASK_ASSIGNMENT_PENDING =
      VALUES.known(54201, "TASK_ASSIGNMENT_PENDING");

  /** 54202: Assignment submitted, waiting for a reviewer. */
  public static final StatusCode TASK_ASSIGNMENT_AWAITING_REVIEW =
      VALUES.known(54202, "TASK_ASSIGNMENT_AWAITING_REVIEW");

  /** 54203: Assignment submitted, waiting for the other labelers (consensus). */
  public static final StatusCode TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW =
      VALUES.known(54203, "TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW");

  /** 54204: Assignment rejected by a reviewer. */
  public static final StatusCode TASK_ASSIGNMENT_REJECTED =
      VALUES.known(54204, "TASK_ASSIGNMENT_REJECTED");

  /** 54300: Review of an assignment done. */
  public static final StatusCode TASK_ASSIGNMENT_REVIEW_SUCCESS =
      VALUES.known(54300, "TASK_ASSIGNMENT_REVIEW_SUCCESS");

  /** 54301: Review of an assignment pending. */
  public static final StatusCode TASK_ASSIGNMENT_REVIEW_PENDING =
      VALUES.known(54301, "TASK_ASSIGNMENT_REVIEW_PENDING");

  /** 54302: Review of an assignment dismissed. */
  public static final StatusCode TASK_ASSIGNMENT_REVIEW_DISMISSED =
      VALUES.known(54302, "TASK_ASSIGNMENT_REVIEW_DISMISSED");

  /** 98004: Internal server issue. */
  public static final StatusCode INTERNAL_SERVER_ISSUE =
      VALUES.known(98004, "INTERNAL_SERVER_ISSUE");

  /** 99009: Internal error. */
  public static final StatusCode INTERNAL_UNCATEGORIZED =
      VALUES.known(99009, "INTERNAL_UNCATEGORIZED");

  private StatusCode(int number, String name, boolean known) {
    super(number, name, known);
  }

  /** The constant with this number, or an unknown code that keeps it. */
  public static StatusCode of(int number) {
    return VALUES.of(number);
  }

  /**
   * The constant with this name (or number written as text), or an unknown code that keeps
   * it.
   *
   * @throws IllegalArgumentException if blank
   */
  public static StatusCode of(String nameOrNumber) {
    return VALUES.of(nameOrNumber);
  }

  /** Every code this SDK knows, in number order. */
  public static Collection<StatusCode> knownValues() {
    return VALUES.known();
  }
}
