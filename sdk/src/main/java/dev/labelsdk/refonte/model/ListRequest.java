package dev.labelsdk.refonte.model;

import dev.labelsdk.core.Built;
import dev.labelsdk.core.CopyableBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the list requests share ({@link BatchListRequest}, {@link TaskListRequest}): the
 * project, the status, the creation window and the page size, checked and sent alike (times
 * as ISO-8601 in UTC).
 *
 * @param <S> the status type
 * @param <B> the request's builder
 */
abstract class ListRequest<S, B extends ListRequest.Builder<S, B>> extends Built<B> {

  /** Largest page size the service accepts. */
  static final int MAX_PAGE = 100;

  ListRequest(B builder) {
    super(builder);
  }

  /** The {@code project} value, when present. */
  public Optional<String> project() {
    return Optional.ofNullable(values.project);
  }

  /** The {@code status} value, when present. */
  public Optional<S> status() {
    return Optional.ofNullable(values.status);
  }

  /** {@code start_time} as sent: created at or after. */
  public Optional<String> startTime() {
    return Optional.ofNullable(values.startTime);
  }

  /** {@code end_time} as sent: created at or before. */
  public Optional<String> endTime() {
    return Optional.ofNullable(values.endTime);
  }

  /** The {@code limit} value, when present. */
  public Optional<Integer> limit() {
    return Optional.ofNullable(values.limit);
  }

  /** A builder initialised with this object's values. */
  public B toBuilder() {
    return builderCopy();
  }

  /** An instant as sent: ISO-8601 in UTC. */
  static String time(Instant t) {
    return Objects.requireNonNull(t, "time").toString();
  }

  /** A day as sent: ISO-8601 (midnight UTC for the service). */
  static String time(LocalDate d) {
    return Objects.requireNonNull(d, "date").toString();
  }

  /**
   * The builder part.
   *
   * @param <S> the status type
   * @param <B> the builder itself
   */
  abstract static class Builder<S, B extends Builder<S, B>> extends CopyableBuilder<B> {
    String project;
    S status;
    String startTime;
    String endTime;
    Integer limit;

    Builder() {}

    /** Sets {@code project}; see {@link ListRequest#project()}. */
    public B project(String v) {
      project = v;
      return self();
    }

    /** Sets {@code status}; see {@link ListRequest#status()}. */
    public B status(S v) {
      status = v;
      return self();
    }

    /** Created at or after this instant. */
    public B startTime(Instant t) {
      startTime = time(t);
      return self();
    }

    /** Created on or after midnight UTC of this day. */
    public B startTime(LocalDate d) {
      startTime = time(d);
      return self();
    }

    /** Created at or before this instant. */
    public B endTime(Instant t) {
      endTime = time(t);
      return self();
    }

    /** Created at or before midnight UTC of this day. */
    public B endTime(LocalDate d) {
      endTime = time(d);
      return self();
    }

    /**
     * Page size, 1 to 100.
     *
     * @throws IllegalArgumentException outside 1..100
     */
    public B limit(int v) {
      if (v < 1 || v > MAX_PAGE) {
        throw new IllegalArgumentException(
            "limit must be between 1 and " + MAX_PAGE + " but was " + v);
      }
      limit = v;
      return self();
    }
  }
}
