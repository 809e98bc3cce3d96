package dev.labelsdk.mock.refonte;

import dev.labelsdk.mock.common.KeyDigest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Map;

/**
 * Decides which API keys are valid (spec §1.4) and what each one means: its tenant and whether
 * it is a test key. Allow-listed keys are found by their SHA-256 digest and then compared in
 * constant time, so response timing does not reveal how much of a key was right.
 */
final class ApiKeys {

  /**
   * What a valid key stands for. A tenant the key itself names is called by the key's digest
   * ({@link KeyDigest}), so no map, record or snapshot ever holds the key.
   */
  record Identity(String tenant, boolean tenantIsKey, boolean testKey, RefonteConfig.ApiKey entry) {}


  private final RefonteConfig config;
  private final Map<String, RefonteConfig.ApiKey> byDigest = new HashMap<>();

  ApiKeys(RefonteConfig config) {
    this.config = config;
    for (RefonteConfig.ApiKey k : config.keys()) {
      byDigest.put(digest(k.key()), k);
    }
  }

  /** A test key starts with {@code test_} or ends with {@code |test}. */
  static boolean isTestKey(String key) {
    return key.startsWith("test_") || key.endsWith("|test");
  }

  /** The identity of {@code key}, or null when the configured mode does not accept it. */
  Identity identify(String key) {
    if (key == null || key.isEmpty()) {
      return null;
    }
    if (config.authMode() == RefonteConfig.AuthMode.OPEN) {
      return hasOpenForm(key) ? new Identity(KeyDigest.of(key), true, isTestKey(key), null) : null;
    }
    RefonteConfig.ApiKey entry = byDigest.get(digest(key));
    if (entry == null
        || !MessageDigest.isEqual(
            entry.key().getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    boolean test = entry.testMode() != null ? entry.testMode() : isTestKey(key);
    String tenant = entry.tenant() != null ? entry.tenant() : KeyDigest.of(key);
    return new Identity(tenant, entry.tenant() == null, test, entry);
  }

  /**
   * The callback auth key of a tenant, by its name (a snapshot does not hold it): its
   * allow-listed key's own, else the configured one.
   */
  String callbackAuthKey(String tenant) {
    for (RefonteConfig.ApiKey k : config.keys()) {
      boolean mine = k.tenant() != null ? k.tenant().equals(tenant)
          : tenant.equals(KeyDigest.of(k.key()));
      if (mine && k.callbackAuthKey() != null) {
        return k.callbackAuthKey();
      }
    }
    return config.callbackAuthKey();
  }

  /** {@code test_<x>}, {@code live_<x>} or {@code <x>|test}, x printable ASCII without spaces. */
  private static boolean hasOpenForm(String key) {
    String x;
    if (key.startsWith("test_") || key.startsWith("live_")) {
      x = key.substring(5);
    } else if (key.endsWith("|test")) {
      x = key.substring(0, key.length() - 5);
    } else {
      return false;
    }
    if (x.isEmpty()) {
      return false;
    }
    for (int i = 0; i < x.length(); i++) {
      char c = x.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }

  private static String digest(String key) {
    return KeyDigest.of(key);
  }
}
