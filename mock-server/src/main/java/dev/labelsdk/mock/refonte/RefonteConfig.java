package dev.labelsdk.mock.refonte;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Configuration of the Refonte mock (spec §8.1). Immutable; build with {@link #builder()}. */
public final class RefonteConfig {

  /** How API keys are accepted (spec §1.4). */
  public enum AuthMode {
    /** Any key of the form {@code test_x}, {@code live_x} or {@code x|test}; one tenant per key. */
    OPEN,
    /** Only the configured keys. */
    ALLOWLIST
  }

  /**
   * One allow-listed key. Null fields take their defaults: {@code tenant} the key itself,
   * {@code testMode} from the key's form, the server-wide callback key and e-mail.
   */
  public record ApiKey(
      String key, String tenant, Boolean testMode, String callbackAuthKey, String email,
      Set<String> disabledTaskTypes) {
    public ApiKey {
      Objects.requireNonNull(key, "key");
      disabledTaskTypes = disabledTaskTypes == null ? Set.of() : Set.copyOf(disabledTaskTypes);
    }

    public static ApiKey of(String key) {
      return new ApiKey(key, null, null, null, null, null);
    }
  }

  private final AuthMode authMode;
  private final List<ApiKey> keys;
  private final String defaultEmail;
  private final boolean callbacksEnabled;
  private final String callbackAuthKey;
  private final int callbackMaxAttempts;
  private final Duration callbackInitialDelay;
  private final Duration callbackMaxDelay;
  private final Duration callbackTimeout;
  private final RateLimit rateLimit;
  private final Duration idempotencyTtl;
  private final int idempotencyMaxRecords;
  private final int idempotencyMaxRecordsPerTenant;
  private final int maxTenants;
  private final boolean testModeAutoComplete;
  private final int requestLogCapacity;

  private RefonteConfig(Builder b) {
    this.authMode = b.authMode;
    this.keys = List.copyOf(b.keys);
    this.defaultEmail = b.defaultEmail;
    this.callbacksEnabled = b.callbacksEnabled;
    this.callbackAuthKey = b.callbackAuthKey;
    this.callbackMaxAttempts = b.callbackMaxAttempts;
    this.callbackInitialDelay = b.callbackInitialDelay;
    this.callbackMaxDelay = b.callbackMaxDelay;
    this.callbackTimeout = b.callbackTimeout;
    this.rateLimit = b.rateLimit;
    this.idempotencyTtl = b.idempotencyTtl;
    this.idempotencyMaxRecords = b.idempotencyMaxRecords;
    this.idempotencyMaxRecordsPerTenant = b.idempotencyMaxRecordsPerTenant;
    this.maxTenants = b.maxTenants;
    this.testModeAutoComplete = b.testModeAutoComplete;
    this.requestLogCapacity = b.requestLogCapacity;
  }

  public static RefonteConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public AuthMode authMode() { return authMode; }
  public List<ApiKey> keys() { return keys; }
  public String defaultEmail() { return defaultEmail; }
  public boolean callbacksEnabled() { return callbacksEnabled; }
  public String callbackAuthKey() { return callbackAuthKey; }
  public int callbackMaxAttempts() { return callbackMaxAttempts; }
  public Duration callbackInitialDelay() { return callbackInitialDelay; }
  public Duration callbackMaxDelay() { return callbackMaxDelay; }
  public Duration callbackTimeout() { return callbackTimeout; }
  public RateLimit rateLimit() { return rateLimit; }
  public Duration idempotencyTtl() { return idempotencyTtl; }
  public int idempotencyMaxRecords() { return idempotencyMaxRecords; }
  public int idempotencyMaxRecordsPerTenant() { return idempotencyMaxRecordsPerTenant; }
  public int maxTenants() { return maxTenants; }
  public boolean testModeAutoComplete() { return testModeAutoComplete; }
  public int requestLogCapacity() { return requestLogCapacity; }

  public static final class Builder {
    private AuthMode authMode = AuthMode.OPEN;
    private final List<ApiKey> keys = new ArrayList<>();
    private String defaultEmail = "customer@example.com";
    private boolean callbacksEnabled = true;
    private String callbackAuthKey = "refonte-mock-callback-auth";
    private int callbackMaxAttempts = 20;
    private Duration callbackInitialDelay = Duration.ofSeconds(30);
    private Duration callbackMaxDelay = Duration.ofHours(2);
    private Duration callbackTimeout = Duration.ofSeconds(10);
    // Off unless asked for: tests against the mock never wait on a limit they did not set.
    // The standalone server turns on RateLimit.DEFAULT, the API-like one.
    private RateLimit rateLimit = RateLimit.UNLIMITED;
    private Duration idempotencyTtl = Duration.ofHours(24);
    private int idempotencyMaxRecords = 100_000;
    private int idempotencyMaxRecordsPerTenant = 10_000;
    private int maxTenants = 10_000;
    private boolean testModeAutoComplete = true;
    private int requestLogCapacity = 1000;

    private Builder() {}

    public Builder authMode(AuthMode v) { authMode = Objects.requireNonNull(v); return this; }

    /** Adds an allow-listed key and switches to {@link AuthMode#ALLOWLIST}. */
    public Builder allowKey(ApiKey key) {
      keys.add(key);
      authMode = AuthMode.ALLOWLIST;
      return this;
    }

    public Builder defaultEmail(String v) { defaultEmail = Objects.requireNonNull(v); return this; }
    public Builder callbacksEnabled(boolean v) { callbacksEnabled = v; return this; }
    public Builder callbackAuthKey(String v) { callbackAuthKey = Objects.requireNonNull(v); return this; }

    public Builder callbackMaxAttempts(int v) {
      if (v < 1) {
        throw new IllegalArgumentException("callbackMaxAttempts must be >= 1");
      }
      callbackMaxAttempts = v;
      return this;
    }

    public Builder callbackInitialDelay(Duration v) { callbackInitialDelay = positive(v); return this; }
    public Builder callbackMaxDelay(Duration v) { callbackMaxDelay = positive(v); return this; }
    public Builder callbackTimeout(Duration v) { callbackTimeout = positive(v); return this; }
    public Builder rateLimit(RateLimit v) { rateLimit = Objects.requireNonNull(v); return this; }
    public Builder idempotencyTtl(Duration v) { idempotencyTtl = positive(v); return this; }

    /**
     * The most saved Idempotency-Key outcomes kept in all (default 100,000); beyond it the
     * tenant holding the most forgets its oldest.
     */
    public Builder idempotencyMaxRecords(int v) {
      idempotencyMaxRecords = atLeastOne(v, "idempotencyMaxRecords");
      return this;
    }

    /** The most saved Idempotency-Key outcomes kept for one tenant (default 10,000); its oldest go first. */
    public Builder idempotencyMaxRecordsPerTenant(int v) {
      idempotencyMaxRecordsPerTenant = atLeastOne(v, "idempotencyMaxRecordsPerTenant");
      return this;
    }

    /**
     * The most tenants that hold data (default 10,000); a request from a new key beyond it is
     * a 503. A key whose requests store nothing holds no tenant.
     */
    public Builder maxTenants(int v) {
      maxTenants = atLeastOne(v, "maxTenants");
      return this;
    }
    public Builder testModeAutoComplete(boolean v) { testModeAutoComplete = v; return this; }

    public Builder requestLogCapacity(int v) {
      if (v < 0) {
        throw new IllegalArgumentException("requestLogCapacity must be >= 0");
      }
      requestLogCapacity = v;
      return this;
    }

    public RefonteConfig build() {
      return new RefonteConfig(this);
    }

    private static int atLeastOne(int v, String name) {
      if (v < 1) {
        throw new IllegalArgumentException(name + " must be >= 1");
      }
      return v;
    }

    private static Duration positive(Duration d) {
      if (d == null || d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("durations must be positive");
      }
      return d;
    }
  }
}
