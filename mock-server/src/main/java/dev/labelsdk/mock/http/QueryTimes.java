package dev.labelsdk.mock.http;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time values in queries (Refonte spec §9.2): a date, or a date-time with {@code T} or a space,
 * minutes or seconds, 1 to 9 fractional digits, and a zone ({@code Z}, {@code ±HH:MM},
 * {@code ±HHMM}, {@code ±HH}) or none (UTC). A trailing {@code " HH:MM"} is an offset whose
 * {@code +} was form-decoded into a space.
 */
public final class QueryTimes {

  private static final Pattern TIME =
      Pattern.compile(
          "(\\d{4})-(\\d{2})-(\\d{2})"
              + "(?:[Tt ](\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?"
              + "([Zz]|[+-]\\d{2}(?::?\\d{2})?| \\d{2}:\\d{2})?)?");

  private QueryTimes() {}

  /** Epoch milliseconds of {@code value}; throws {@link MalformedRequestException} naming {@code name}. */
  public static long parse(String name, String value) {
    Matcher m = TIME.matcher(value);
    if (!m.matches()) {
      throw bad(name, value);
    }
    try {
      LocalDate date = LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      if (m.group(4) == null) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      }
      int nanos = 0;
      if (m.group(7) != null) {
        nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
      }
      LocalTime time =
          LocalTime.of(num(m, 4), num(m, 5), m.group(6) == null ? 0 : num(m, 6), nanos);
      ZoneOffset zone = offset(m.group(8));
      return LocalDateTime.of(date, time).toInstant(zone).toEpochMilli();
    } catch (DateTimeException e) {
      throw bad(name, value);
    }
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null || zone.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    String digits = zone.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static MalformedRequestException bad(String name, String value) {
    return new MalformedRequestException(
        "\"" + name + "\" must be an ISO 8601 date or date-time, like 2021-04-25 or "
            + "2021-04-25T03:14:15-07:00 (got \"" + value + "\").");
  }
}
