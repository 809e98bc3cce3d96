package dev.labelsdk.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Per-call settings, merged over the client's defaults: an idempotency key, a timeout, a
 * retry budget and extra headers. Immutable; build with {@link #builder()}.
 *
 * <pre>{@code
 * client.tasks().create(request, RequestOptions.builder()
 *     .idempotencyKey("order-1234-labeling")
 *     .maxRetries(5)
 *     .build());
 * }</pre>
 */
public final class RequestOptions {

  /** Headers the client sets itself; they cannot be passed as extra headers. */
  public static final Set<String> RESERVED_HEADERS = Set.of(
      "authorization", "idempotency-key", "user-agent", "content-type", "content-length", "host");

  private static final RequestOptions NONE = builder().build();

  private final String idempotencyKey;
  private final Duration timeout;
  private final Integer maxRetries;
  private final Map<String, String> extraHeaders;

  private RequestOptions(Builder b) {
    this.idempotencyKey = b.idempotencyKey;
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.extraHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.extraHeaders));
  }

  /** No options: everything comes from the client. */
  public static RequestOptions none() {
    return NONE;
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The caller's idempotency key (only used by calls that create something). */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Limit for each attempt of the call, from connecting to reading the whole response. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Retries after the first attempt. */
  public Optional<Integer> maxRetries() {
    return Optional.ofNullable(maxRetries);
  }

  /** Extra request headers, in insertion order. */
  public Map<String, String> extraHeaders() {
    return extraHeaders;
  }

  /**
   * These options with every unset value taken from {@code defaults}; extra headers are
   * combined, this object's value winning for a name set in both.
   */
  public RequestOptions mergedOver(RequestOptions defaults) {
    Builder b = defaults.toBuilder();
    if (idempotencyKey != null) {
      b.idempotencyKey = idempotencyKey;
    }
    if (timeout != null) {
      b.timeout = timeout;
    }
    if (maxRetries != null) {
      b.maxRetries = maxRetries;
    }
    extraHeaders.forEach(b::header);
    return b.build();
  }

  /** A builder initialised with this object's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.idempotencyKey = idempotencyKey;
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    extraHeaders.forEach(b::header);
    return b;
  }

  @Override
  public String toString() {
    return "RequestOptions{idempotencyKey=" + idempotencyKey + ", timeout=" + timeout
        + ", maxRetries=" + maxRetries + ", extraHeaders=" + extraHeaders.keySet() + '}';
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private String idempotencyKey;
    private Duration timeout;
    private Integer maxRetries;
    private final Map<String, String> extraHeaders = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Key sent as {@code Idempotency-Key} on calls that create something, instead of a
     * generated one. Use one key per logical operation (for example derived from your own
     * record id) so that a re-run of your program cannot create a second task.
     *
     * @throws IllegalArgumentException if blank, longer than 255, or not visible ASCII
     */
    public Builder idempotencyKey(String key) {
      this.idempotencyKey = IdempotencyKeys.validate(key);
      return this;
    }

    /** Limit for each attempt (positive). */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /** Retries after the first attempt (0 disables retries). */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = Retrier.requireMaxRetries(maxRetries);
      return this;
    }

    /**
     * Adds a request header (replacing an earlier value of the same name).
     *
     * @throws IllegalArgumentException for a header the client sets itself
     *     ({@link #RESERVED_HEADERS}) or a name/value that is not valid in HTTP
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      String lower = name.toLowerCase(Locale.ROOT);
      if (RESERVED_HEADERS.contains(lower)) {
        throw new IllegalArgumentException("Header \"" + name + "\" is set by the client; "
            + (lower.equals("idempotency-key") ? "use idempotencyKey(...) instead"
                : "it cannot be overridden per call"));
      }
      if (name.isEmpty() || !name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':')) {
        throw new IllegalArgumentException("Invalid header name \"" + name + "\"");
      }
      if (!value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
        throw new IllegalArgumentException("Header \"" + name
            + "\" has a value with control or non-ASCII characters");
      }
      extraHeaders.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      extraHeaders.put(name, value);
      return this;
    }

    /** Builds the immutable RequestOptions. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
