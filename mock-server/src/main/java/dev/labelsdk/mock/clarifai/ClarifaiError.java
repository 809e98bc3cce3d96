package dev.labelsdk.mock.clarifai;

/**
 * A request the Clarifai API refuses: a status code (never an HTTP status; the binding maps
 * it, spec §5.3) and a {@code details} text for the envelope.
 */
public final class ClarifaiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final StatusCode code;

  public ClarifaiError(StatusCode code, String details) {
    super(details, null, false, false);
    this.code = code;
  }

  /** The Clarifai status code of the failure. */
  public StatusCode code() {
    return code;
  }

  /** The text for {@code status.details}. */
  public String details() {
    return getMessage();
  }

  /** 11100: the request could not be decoded (broken JSON, wrong type, unknown enum). */
  public static ClarifaiError badFormat(String details) {
    return new ClarifaiError(StatusCode.CONN_BAD_REQUEST_FORMAT, details);
  }

  /** 11102: the request is well-formed but invalid. */
  public static ClarifaiError invalid(String details) {
    return new ClarifaiError(StatusCode.CONN_INVALID_REQUEST, details);
  }

  /** 11101: something named by the request does not exist. */
  public static ClarifaiError notFound(String details) {
    return new ClarifaiError(StatusCode.CONN_DOES_NOT_EXIST, details);
  }

  /** 54100: the operation conflicts with the state of a task or assignment. */
  public static ClarifaiError conflict(String details) {
    return new ClarifaiError(StatusCode.TASK_CONFLICT, details);
  }

  /** 54102: an unknown task id. */
  public static ClarifaiError taskMissing(String details) {
    return new ClarifaiError(StatusCode.TASK_MISSING, details);
  }

  /** 54103: the caller lacks the worker or reviewer role. */
  public static ClarifaiError taskPermission(String details) {
    return new ClarifaiError(StatusCode.TASK_PERMISSION_DENIED, details);
  }

  /** The same error with {@code prefix: } in front of the details, e.g. {@code tasks[1]: }. */
  public ClarifaiError prefixed(String prefix) {
    return new ClarifaiError(code, prefix + ": " + details());
  }
}
