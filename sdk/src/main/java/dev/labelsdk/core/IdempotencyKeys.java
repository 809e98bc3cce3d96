package dev.labelsdk.core;

import java.util.UUID;

/** Makes and checks {@code Idempotency-Key} header values. */
public final class IdempotencyKeys {

  /** Longest key the services accept. */
  public static final int MAX_LENGTH = 255;

  private IdempotencyKeys() {}

  /** A fresh random (version 4) UUID, as the services recommend. */
  public static String generate() {
    return UUID.randomUUID().toString();
  }

  /**
   * Returns {@code key} if it is a usable header value: non-blank, at most 255 characters,
   * visible ASCII only (no spaces or control characters).
   *
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static String validate(String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException("Idempotency key must not be blank; omit it to let the"
          + " client generate one");
    }
    if (key.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("Idempotency key must be at most " + MAX_LENGTH
          + " characters but has " + key.length());
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(String.format(
            "Idempotency key may only hold visible ASCII characters; found U+%04X at index %d",
            (int) c, i));
      }
    }
    return key;
  }
}
