package dev.labelsdk.mock.clarifai;

import dev.labelsdk.mock.common.Timestamps;

/**
 * Clarifai's timestamp form: UTC with six fractional digits and {@code Z} (spec §4, mock
 * choice). The mock clock has millisecond precision, so the last three digits are zeros.
 */
public final class ClarifaiTimestamps {

  private ClarifaiTimestamps() {}

  /** {@code 2026-11-22T17:55:00.123000Z} for a millisecond instant. */
  public static String format(long epochMillis) {
    return Timestamps.formatMicros(epochMillis);
  }
}
