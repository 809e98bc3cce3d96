package dev.labelsdk.mock.clarifai;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Clarifai's timestamp form: UTC with six fractional digits and {@code Z} (spec §4, mock
 * choice). The mock clock has millisecond precision, so the last three digits are zeros.
 */
public final class ClarifaiTimestamps {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private ClarifaiTimestamps() {}

  /** {@code 2026-11-22T17:55:00.123000Z} for a millisecond instant. */
  public static String format(long epochMillis) {
    return FORMAT.format(Instant.ofEpochMilli(epochMillis));
  }
}
