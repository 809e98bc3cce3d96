package dev.labelsdk.mock.refonte;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque {@code next_token} values (spec §4.4, mock choice): base64url of the tenant, the
 * creation sequence of the page's last task and the number of matches before the next page,
 * followed by a truncated HMAC-SHA256 under a per-process secret. A position in the index, not
 * an offset, so tasks created between two requests never shift pages.
 */
final class PageTokens {

  /** A decoded token: continue after {@code afterSeq}; {@code offset} matches came before. */
  record Position(long afterSeq, long offset) {}

  private static final int PAYLOAD = Long.BYTES * 2 + Integer.BYTES;
  private static final int MAC_BYTES = 16;

  private final SecretKeySpec key;

  PageTokens() {
    this(randomKey());
  }

  /** Tokens signed with {@code secret}: a restored snapshot keeps its tokens valid. */
  PageTokens(byte[] secret) {
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  byte[] key() {
    return key.getEncoded();
  }

  /**
   * The key only keeps a client from editing a token by accident or from another server's
   * tokens (a mock is no security boundary, and the token also names its tenant), so a fast
   * random source will do: SecureRandom's provider set-up would cost start-up.
   */
  private static byte[] randomKey() {
    byte[] secret = new byte[32];
    java.util.concurrent.ThreadLocalRandom.current().nextBytes(secret);
    return secret;
  }

  String encode(int tenantNumber, long afterSeq, long offset) {
    byte[] payload =
        ByteBuffer.allocate(PAYLOAD).putLong(afterSeq).putLong(offset).putInt(tenantNumber).array();
    byte[] token = ByteBuffer.allocate(PAYLOAD + MAC_BYTES).put(payload).put(mac(payload)).array();
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
  }

  /** Decodes a token of this tenant; anything else is a 400 {@code Invalid next_token.} */
  Position decode(String token, int tenantNumber) {
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw invalid();
    }
    if (raw.length != PAYLOAD + MAC_BYTES) {
      throw invalid();
    }
    byte[] payload = Arrays.copyOfRange(raw, 0, PAYLOAD);
    byte[] mac = Arrays.copyOfRange(raw, PAYLOAD, raw.length);
    if (!MessageDigest.isEqual(mac, mac(payload))) {
      throw invalid();
    }
    ByteBuffer buf = ByteBuffer.wrap(payload);
    long afterSeq = buf.getLong();
    long offset = buf.getLong();
    if (buf.getInt() != tenantNumber) {
      throw invalid();
    }
    return new Position(afterSeq, offset);
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RefonteError invalid() {
    return RefonteError.invalid("Invalid next_token.");
  }
}
