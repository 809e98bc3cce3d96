package dev.labelsdk.mock.common;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * UTC timestamps with {@code Z}: Refonte's form has three fractional digits, Clarifai's six
 * (the mock clock counts milliseconds, so the last three are zeros).
 */
public final class Timestamps {

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  /** {@code 2026-11-22T17:55:00.123Z}. */
  public static String format(long epochMillis) {
    return format(epochMillis, false);
  }

  /** {@code 2026-11-22T17:55:00.123000Z}. */
  public static String formatMicros(long epochMillis) {
    return format(epochMillis, true);
  }

  private static String format(long epochMillis, boolean micros) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(Math.floorDiv(epochMillis, 1000), 0, ZoneOffset.UTC);
    if (t.getYear() < 0 || t.getYear() > 9999) { // signed years: the formatter's rules
      return (micros ? MICROS : MILLIS).format(Instant.ofEpochMilli(epochMillis));
    }
    // Every response carries several timestamps; filling the digits by hand is far cheaper
    // than the general formatter.
    char[] c = (micros ? "0000-00-00T00:00:00.000000Z" : "0000-00-00T00:00:00.000Z").toCharArray();
    digits(c, 0, 4, t.getYear());
    digits(c, 5, 2, t.getMonthValue());
    digits(c, 8, 2, t.getDayOfMonth());
    digits(c, 11, 2, t.getHour());
    digits(c, 14, 2, t.getMinute());
    digits(c, 17, 2, t.getSecond());
    digits(c, 20, 3, (int) Math.floorMod(epochMillis, 1000));
    return new String(c);
  }

  /** Writes {@code value} as {@code width} decimal digits from {@code from}. */
  private static void digits(char[] c, int from, int width, int value) {
    for (int i = from + width - 1; i >= from; i--) {
      c[i] = (char) ('0' + value % 10);
      value /= 10;
    }
  }
}
