package dev.labelsdk.refonte;

import dev.labelsdk.refonte.model.TaskCallback;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that a callback request came from Refonte: it must carry your account's callback
 * auth key in the {@code refonte-callback-auth} header (or, failing that, the Scale-compatible
 * {@code scale-callback-auth}). The comparison takes the same time whatever the value, so the
 * key cannot be guessed by timing. Works with any HTTP framework: pass the header value, or
 * the headers as a map, and the raw body.
 *
 * <pre>{@code
 * CallbackVerifier verifier = CallbackVerifier.withKey(System.getenv("REFONTE_CALLBACK_KEY"));
 * // in your handler:
 * TaskCallback callback = verifier.verifyAndParse(request.headers(), request.bodyBytes());
 * }</pre>
 */
public final class CallbackVerifier {

  /** The header Refonte sends the key in. */
  public static final String HEADER = "refonte-callback-auth";
  /** The same key under Scale's header name, also sent. */
  public static final String SCALE_HEADER = "scale-callback-auth";

  private final byte[] expectedDigest;

  private CallbackVerifier(String expectedKey) {
    this.expectedDigest = sha256(expectedKey);
  }

  /**
   * A verifier for your callback auth key (shown in the Refonte dashboard).
   *
   * @throws IllegalArgumentException if the key is blank
   */
  public static CallbackVerifier withKey(String expectedKey) {
    Objects.requireNonNull(expectedKey, "expectedKey");
    if (expectedKey.isBlank()) {
      throw new IllegalArgumentException("the callback auth key must not be blank");
    }
    return new CallbackVerifier(expectedKey);
  }

  /** True if {@code headerValue} (the auth header's value, may be null) is the key. */
  public boolean isAuthentic(String headerValue) {
    // Hashing first makes the comparison constant-time in the length as well.
    return headerValue != null && MessageDigest.isEqual(expectedDigest, sha256(headerValue));
  }

  /**
   * True if the request headers carry the key. Header names are matched case-insensitively;
   * values may be strings or collections of strings (as servlet, JDK HttpServer, Spring and
   * Netty adapters provide them).
   */
  public boolean isAuthentic(Map<String, ?> headers) {
    return isAuthentic(authHeader(headers).orElse(null));
  }

  /**
   * Verifies the headers, then parses the body.
   *
   * @throws SecurityException if the auth header is missing or wrong (answer 401)
   * @throws IllegalArgumentException if the body is not a callback (answer 400)
   */
  public TaskCallback verifyAndParse(Map<String, ?> headers, byte[] body) {
    if (!isAuthentic(headers)) {
      throw new SecurityException("callback rejected: the " + HEADER
          + " header is missing or does not match the configured key");
    }
    return TaskCallback.parse(body);
  }

  /** The value of {@link #HEADER}, else of {@link #SCALE_HEADER}. */
  static Optional<String> authHeader(Map<String, ?> headers) {
    Optional<String> refonte = header(headers, HEADER);
    return refonte.isPresent() ? refonte : header(headers, SCALE_HEADER);
  }

  private static Optional<String> header(Map<String, ?> headers, String name) {
    for (Map.Entry<String, ?> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        Object v = e.getValue();
        if (v instanceof String s) {
          return Optional.of(s);
        }
        if (v instanceof Collection<?> c && !c.isEmpty()) {
          Object first = c.iterator().next();
          return first == null ? Optional.empty() : Optional.of(first.toString());
        }
      }
    }
    return Optional.empty();
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }

  @Override
  public String toString() {
    return "CallbackVerifier{key=****}";
  }
}
