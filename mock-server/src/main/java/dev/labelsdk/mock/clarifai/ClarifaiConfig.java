package dev.labelsdk.mock.clarifai;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of the Clarifai mock (spec §10). Immutable; build with {@link #builder()} and
 * change a copy with {@link #toBuilder()}.
 */
public final class ClarifaiConfig {

  /** How tokens, users and apps are accepted (spec §2.4). */
  public enum AuthMode {
    /** Seeded keys keep their identity; any other well-formed token is a wildcard key. */
    PERMISSIVE,
    /** Only seeded keys, users and apps exist. */
    STRICT;

    /** The lower-case name used on the wire and on the command line. */
    public String wire() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code permissive} or {@code strict} (any case); null when it is neither. */
    public static AuthMode fromWire(String value) {
      for (AuthMode m : values()) {
        if (m.name().equalsIgnoreCase(value)) {
          return m;
        }
      }
      return null;
    }
  }

  public static final int DEFAULT_RATE_LIMIT_PER_SECOND = 15;

  private final AuthMode authMode;
  private final String defaultUserId;
  private final String defaultAppId;
  private final int rateLimitPerSecond;
  private final int maxPerPage;
  private final int dynamicBatchSize;
  private final double consensusIouThreshold;
  private final boolean strictReferences;
  private final Long idSeed;
  private final Map<Integer, Integer> httpStatusOverrides;
  private final int requestLogCapacity;

  private ClarifaiConfig(Builder b) {
    this.authMode = b.authMode;
    this.defaultUserId = b.defaultUserId;
    this.defaultAppId = b.defaultAppId;
    this.rateLimitPerSecond = b.rateLimitPerSecond;
    this.maxPerPage = b.maxPerPage;
    this.dynamicBatchSize = b.dynamicBatchSize;
    this.consensusIouThreshold = b.consensusIouThreshold;
    this.strictReferences = b.strictReferences;
    this.idSeed = b.idSeed;
    this.httpStatusOverrides = Map.copyOf(b.httpStatusOverrides);
    this.requestLogCapacity = b.requestLogCapacity;
  }

  /** The spec's defaults: permissive, 15 requests per second, random ids. */
  public static ClarifaiConfig defaults() {
    return builder().build();
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this configuration's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.authMode = authMode;
    b.defaultUserId = defaultUserId;
    b.defaultAppId = defaultAppId;
    b.rateLimitPerSecond = rateLimitPerSecond;
    b.maxPerPage = maxPerPage;
    b.dynamicBatchSize = dynamicBatchSize;
    b.consensusIouThreshold = consensusIouThreshold;
    b.strictReferences = strictReferences;
    b.idSeed = idSeed;
    b.httpStatusOverrides.putAll(httpStatusOverrides);
    b.requestLogCapacity = requestLogCapacity;
    return b;
  }

  /** Permissive (the default) or strict (spec §2.4). */
  public AuthMode authMode() { return authMode; }
  /** The user a wildcard key acts as (permissive mode). */
  public String defaultUserId() { return defaultUserId; }
  /** The app a wildcard key uses when the request names none (permissive mode). */
  public String defaultAppId() { return defaultAppId; }
  /** Requests per second per Authorization value; 0 disables the limit (spec §9). */
  public int rateLimitPerSecond() { return rateLimitPerSecond; }
  /** The largest {@code per_page}; bigger values are clamped to it (spec §6). */
  public int maxPerPage() { return maxPerPage; }
  /** How many assignments a LABEL_START hands out at most (spec §8.3). */
  public int dynamicBatchSize() { return dynamicBatchSize; }
  /** IoU at which two regions of the same concept agree under consensus (spec §8.5). */
  public double consensusIouThreshold() { return consensusIouThreshold; }
  /** Whether unknown concepts and non-member workers are refused on task creation (§7.1). */
  public boolean strictReferences() { return strictReferences; }
  /** The seed of deterministic ids and req_ids, or null for random ones. */
  public Long idSeed() { return idSeed; }
  /** HTTP statuses replacing the spec's mapping for some status codes (spec §5.3). */
  public Map<Integer, Integer> httpStatusOverrides() { return httpStatusOverrides; }
  /** Size of the request journal; 0 turns it off. */
  public int requestLogCapacity() { return requestLogCapacity; }

  /** Builds a {@link ClarifaiConfig}; setters refuse values the mock cannot work with. */
  public static final class Builder {
    private AuthMode authMode = AuthMode.PERMISSIVE;
    private String defaultUserId = "mock-user";
    private String defaultAppId = "mock-app";
    // Off unless asked for (see RefonteConfig); the standalone server turns the default on.
    private int rateLimitPerSecond = 0;
    private int maxPerPage = 1000;
    private int dynamicBatchSize = 10;
    private double consensusIouThreshold = 0.5;
    private boolean strictReferences;
    private Long idSeed;
    private final Map<Integer, Integer> httpStatusOverrides = new LinkedHashMap<>();
    private int requestLogCapacity = 1000;

    private Builder() {}

    /** See {@link ClarifaiConfig#authMode()}. */
    public Builder authMode(AuthMode v) { authMode = Objects.requireNonNull(v); return this; }
    /** See {@link ClarifaiConfig#defaultUserId()}. */
    public Builder defaultUserId(String v) { defaultUserId = nonEmpty(v, "default_user_id"); return this; }
    /** See {@link ClarifaiConfig#defaultAppId()}. */
    public Builder defaultAppId(String v) { defaultAppId = nonEmpty(v, "default_app_id"); return this; }
    /** See {@link ClarifaiConfig#rateLimitPerSecond()}. */
    public Builder rateLimitPerSecond(int v) { rateLimitPerSecond = atLeast(v, 0, "rate_limit_per_second"); return this; }
    /** See {@link ClarifaiConfig#maxPerPage()}. */
    public Builder maxPerPage(int v) { maxPerPage = atLeast(v, 1, "max_per_page"); return this; }
    /** See {@link ClarifaiConfig#dynamicBatchSize()}. */
    public Builder dynamicBatchSize(int v) { dynamicBatchSize = atLeast(v, 1, "dynamic_batch_size"); return this; }
    /** See {@link ClarifaiConfig#strictReferences()}. */
    public Builder strictReferences(boolean v) { strictReferences = v; return this; }
    /** See {@link ClarifaiConfig#idSeed()}. */
    public Builder idSeed(Long v) { idSeed = v; return this; }

    /** See {@link ClarifaiConfig#consensusIouThreshold()}; within (0, 1]. */
    public Builder consensusIouThreshold(double v) {
      if (!(v > 0 && v <= 1)) {
        throw new IllegalArgumentException("consensus_iou_threshold must be in (0, 1]");
      }
      consensusIouThreshold = v;
      return this;
    }

    /** Answers {@code code} with {@code httpStatus} instead of the spec's mapping. */
    public Builder httpStatusOverride(int code, int httpStatus) {
      if (httpStatus < 100 || httpStatus > 599) {
        throw new IllegalArgumentException("an HTTP status must be between 100 and 599");
      }
      httpStatusOverrides.put(code, httpStatus);
      return this;
    }

    /** Replaces all HTTP status overrides. */
    public Builder httpStatusOverrides(Map<Integer, Integer> overrides) {
      httpStatusOverrides.clear();
      overrides.forEach(this::httpStatusOverride);
      return this;
    }

    /** See {@link ClarifaiConfig#requestLogCapacity()}. */
    public Builder requestLogCapacity(int v) { requestLogCapacity = atLeast(v, 0, "request log capacity"); return this; }

    /** The immutable configuration. */
    public ClarifaiConfig build() {
      return new ClarifaiConfig(this);
    }

    private static int atLeast(int v, int min, String name) {
      if (v < min) {
        throw new IllegalArgumentException(name + " must be >= " + min);
      }
      return v;
    }

    private static String nonEmpty(String v, String name) {
      if (v == null || v.isEmpty()) {
        throw new IllegalArgumentException(name + " must not be empty");
      }
      return v;
    }
  }
}
