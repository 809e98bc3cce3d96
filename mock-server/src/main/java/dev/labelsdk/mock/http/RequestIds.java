package dev.labelsdk.mock.http;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random request ids, for both APIs: a prefix and lowercase hex digits (Refonte's
 * {@code X-Request-Id} is {@code req_} + 24, Clarifai's {@code req_id} 32 with no prefix).
 * Unique enough to find a request in logs; not a secret, so no SecureRandom (it contends).
 * Clarifai's seeded ids ({@code id_seed}) are engine state and come from its engine instead.
 */
public final class RequestIds {

  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private RequestIds() {}

  /** {@code prefix} followed by {@code hexDigits} random hex digits. */
  public static String random(String prefix, int hexDigits) {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    StringBuilder out = new StringBuilder(prefix.length() + hexDigits).append(prefix);
    long bits = 0;
    for (int i = 0; i < hexDigits; i++) {
      if (i % 16 == 0) {
        bits = r.nextLong();
      }
      out.append(DIGITS[(int) (bits & 0xf)]);
      bits >>>= 4;
    }
    return out.toString();
  }
}
