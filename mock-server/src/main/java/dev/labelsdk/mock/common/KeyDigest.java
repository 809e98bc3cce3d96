package dev.labelsdk.mock.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How the mock holds a client's secret (an API key, a token) wherever it must keep one: as
 * {@code sha256:<hex>}. Maps, records, dumps and snapshots hold this form only, so nothing the
 * mock shows or saves reveals a key; a request's key is digested to be looked up.
 */
public final class KeyDigest {

  public static final String PREFIX = "sha256:";

  private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  });

  private KeyDigest() {}

  /** {@code sha256:} and the secret's SHA-256 in lower-case hex. */
  public static String of(String secret) {
    return PREFIX + HexFormat.of().formatHex(SHA256.get().digest(secret.getBytes(StandardCharsets.UTF_8)));
  }

  /** Whether {@code value} is already in the digest form. */
  public static boolean isDigest(String value) {
    return value.length() == PREFIX.length() + 64 && value.startsWith(PREFIX)
        && value.substring(PREFIX.length()).chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  /** A short label safe to show: {@code key-} and the digest's first 12 hex digits. */
  public static String label(String digest) {
    int from = PREFIX.length();
    return "key-" + digest.substring(from, Math.min(digest.length(), from + 12));
  }
}
