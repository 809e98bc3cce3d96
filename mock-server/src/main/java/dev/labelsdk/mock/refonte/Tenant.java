package dev.labelsdk.mock.refonte;

import dev.labelsdk.mock.common.KeyDigest;

import java.util.Set;

/**
 * A tenant: the account that owns tasks, batches, projects and a rate budget. {@code name}
 * identifies it internally and may be an API key's digest, so it is never shown: dumps and logs
 * use {@link #label()}.
 */
record Tenant(
    String name, int number, String label, String email, String callbackAuthKey,
    Set<String> disabledTaskTypes) {

  /**
   * A label safe to show: the configured tenant name, or, when a key names the tenant (its name
   * is then the key's digest), {@code key-} and the digest's first 12 hex digits.
   */
  static String labelFor(String name, boolean nameIsKey) {
    return nameIsKey && KeyDigest.isDigest(name) ? KeyDigest.label(name) : name;
  }
}
