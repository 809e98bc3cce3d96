package dev.labelsdk.mock.refonte;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * A tenant: the account that owns tasks, batches, projects and a rate budget. {@code name}
 * identifies it internally and may be an API key, so it is never shown: dumps and logs use
 * {@link #label()}.
 */
record Tenant(
    String name, int number, String label, String email, String callbackAuthKey,
    Set<String> disabledTaskTypes) {

  /** A label safe to show: the configured tenant name, or a digest when the name is a key. */
  static String labelFor(String name, boolean nameIsKey) {
    if (!nameIsKey) {
      return name;
    }
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
      return "key-" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
