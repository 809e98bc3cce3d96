package dev.labelsdk.mock.refonte;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Decides which API keys are valid (spec §1.4) and what each one means: its tenant and whether
 * it is a test key. Allow-listed keys are found by their SHA-256 digest and then compared in
 * constant time, so response timing does not reveal how much of a key was right.
 */
final class ApiKeys {

  /** What a valid key stands for. */
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
      return hasOpenForm(key) ? new Identity(key, true, isTestKey(key), null) : null;
    }
    RefonteConfig.ApiKey entry = byDigest.get(digest(key));
    if (entry == null
        || !MessageDigest.isEqual(
            entry.key().getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
      return null;
    }
    boolean test = entry.testMode() != null ? entry.testMode() : isTestKey(key);
    String tenant = entry.tenant() != null ? entry.tenant() : key;
    return new Identity(tenant, entry.tenant() == null, test, entry);
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
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
