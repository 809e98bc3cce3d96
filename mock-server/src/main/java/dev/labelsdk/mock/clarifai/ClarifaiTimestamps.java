package dev.labelsdk.mock.clarifai;

import java.time.Instant;
import java.time.LocalDateTime;
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
    LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000), 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) {
      return FORMAT.format(Instant.ofEpochMilli(epochMillis)); // signed years: the formatter's rules
    }
    // Every response carries several timestamps; filling the digits by hand is far cheaper
    // than the general formatter.
    char[] c = "0000-00-00T00:00:00.000000Z".toCharArray();
    digits(c, 0, 4, t.getYear());
    digits(c, 5, 2, t.getMonthValue());
    digits(c, 8, 2, t.getDayOfMonth());
    digits(c, 11, 2, t.getHour());
    digits(c, 14, 2, t.getMinute());
    digits(c, 17, 2, t.getSecond());
    digits(c, 20, 3, (int) Math.floorMod(epochMillis, 1000));
    return new String(c);
  }

  /** Writes {@code value} as {@code width} decimal digits ending before {@code from + width}. */
  private static void digits(char[] c, int from, int width, int value) {
    for (int i = from + width - 1; i >= from; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
