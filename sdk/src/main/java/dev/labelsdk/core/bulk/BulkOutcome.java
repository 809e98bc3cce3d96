package dev.labelsdk.core.bulk;

import java.util.Objects;
import java.util.Optional;

/**
 * What became of one item of a bulk submission.
 *
 * @param <R> what a created item returns (a task)
 */
public final class BulkOutcome<R> {

  /** The kinds of outcome. */
  public enum Status {
    /** This run created it. */
    CREATED,
    /** It existed already: a 409 on its own unique_id, or recorded in the checkpoint. */
    ALREADY_EXISTED,
    /** It failed with {@link #error()}: not retryable, or out of retries. */
    FAILED
  }

  private final int index;
  private final String identity;
  private final Status status;
  private final R result;
  private final String id;
  private final RuntimeException error;

  private BulkOutcome(int index, String identity, Status status, R result, String id,
      RuntimeException error) {
    this.index = index;
    this.identity = Objects.requireNonNull(identity, "identity");
    this.status = status;
    this.result = result;
    this.id = id;
    this.error = error;
  }

  /** Created by this run. */
  public static <R> BulkOutcome<R> created(int index, String identity, R result, String id) {
    return new BulkOutcome<>(index, identity, Status.CREATED, result, id, null);
  }

  /** Existed already, as {@code id} when known. */
  public static <R> BulkOutcome<R> alreadyExisted(int index, String identity, String id) {
    return new BulkOutcome<>(index, identity, Status.ALREADY_EXISTED, null, id, null);
  }

  /** Failed. */
  public static <R> BulkOutcome<R> failed(int index, String identity, RuntimeException error) {
    return new BulkOutcome<>(index, identity, Status.FAILED, null, null,
        Objects.requireNonNull(error));
  }

  /** The item's position in the input (0-based). */
  public int index() {
    return index;
  }

  /** The item's stable identity: {@code uid:<unique_id>} or {@code key:<idempotency key>}. */
  public String identity() {
    return identity;
  }

  public Status status() {
    return status;
  }

  /** What the create returned (CREATED only). */
  public Optional<R> result() {
    return Optional.ofNullable(result);
  }

  /** The created or existing object's id, when known. */
  public Optional<String> id() {
    return Optional.ofNullable(id);
  }

  /** The failure (FAILED only). */
  public Optional<RuntimeException> error() {
    return Optional.ofNullable(error);
  }

  @Override
  public String toString() {
    return "BulkOutcome{" + index + ' ' + identity + ' ' + status
        + (id != null ? " id=" + id : "") + (error != null ? " error=" + error : "") + '}';
  }
}
