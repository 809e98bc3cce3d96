package dev.labelsdk.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads RFC 3339 timestamps as the services send them. A page holds hundreds of timestamps
 * and the general {@code java.time} parser dominated decoding time, so the usual UTC form is
 * read by hand and only other forms go through {@link OffsetDateTime#parse}.
 */
public final class Timestamps {

  /** What a fraction of {@code 9 - i} digits is multiplied by to give nanoseconds. */
  private static final int[] SCALE = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000,
      10_000_000, 100_000_000};

  private Timestamps() {}

  /**
   * Parses {@code 2026-11-22T17:55:00Z} with 0 to 9 fractional digits, or any other offset.
   *
   * @throws DateTimeParseException if the text is not an RFC 3339 timestamp
   */
  public static Instant parse(String text) {
    Instant fast = parseUtc(text);
    return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
  }

  /**
   * The fast path: {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}. Returns null for anything else (other
   * offsets, lower-case letters, impossible dates), which the general parser then handles or
   * reports.
   */
  static Instant parseUtc(String s) {
    return parseUtc(s.toCharArray(), 0, s.length());
  }

  /** {@link #parseUtc(String)} of {@code s[from, from + n)} (a parser's buffer: no string made). */
  static Instant parseUtc(char[] s, int from, int n) {
    if (n < 20 || n > 30 || s[from + 4] != '-' || s[from + 7] != '-' || s[from + 10] != 'T'
        || s[from + 13] != ':' || s[from + 16] != ':' || s[from + n - 1] != 'Z') {
      return null;
    }
    // Two digits at a time with one range check each (-1 for a non-digit, which every bound
    // below rejects): a page holds hundreds of timestamps, and a digit loop cost 35 ns each.
    int century = twoDigits(s, from);
    int yy = twoDigits(s, from + 2);
    int month = twoDigits(s, from + 5);
    int day = twoDigits(s, from + 8);
    int hour = twoDigits(s, from + 11);
    int minute = twoDigits(s, from + 14);
    int second = twoDigits(s, from + 17);
    if (century < 0 || yy < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    int year = century * 100 + yy;
    if (day > 28 && day > lengthOfMonth(year, month)) {
      return null; // e.g. February 30: the general parser reports it
    }
    int nanos = 0;
    if (n > 20) {
      int end = from + n - 1;
      if (s[from + 19] != '.' || n == 21) {
        return null;
      }
      for (int i = from + 20; i < end; i++) {
        int digit = s[i] - '0';
        if (digit < 0 || digit > 9) {
          return null;
        }
        nanos = nanos * 10 + digit;
      }
      nanos *= SCALE[30 - n];
    }
    long seconds = epochDay(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second;
    return Instant.ofEpochSecond(seconds, nanos);
  }

  /** The two-digit number at {@code s[i]}, or -1 if either is not a digit. */
  private static int twoDigits(char[] s, int i) {
    int tens = s[i] - '0';
    int ones = s[i + 1] - '0';
    return (tens | ones | 9 - tens | 9 - ones) < 0 ? -1 : tens * 10 + ones;
  }

  /** The days in a month of a proleptic Gregorian year. */
  private static int lengthOfMonth(int year, int month) {
    if (month == 2) {
      return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  /**
   * Days from 1970-01-01 to a valid proleptic Gregorian date, by arithmetic alone (what
   * {@code LocalDate.toEpochDay} computes, without building and checking a date: a page of
   * tasks holds hundreds of timestamps).
   */
  private static long epochDay(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468;
  }

  /**
   * Reads timestamps as the services send them ({@link #parse}: RFC 3339, 0 to 9 fractional
   * digits, any offset; {@code ""} is none); other forms as {@code java.time} reads them. Named
   * on model fields too, so that models read with any {@code ObjectMapper}.
   */
  public static final class Reader extends StdScalarDeserializer<Instant> {

    /** For Jackson. */
    public Reader() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return InstantDeserializer.INSTANT.deserialize(p, ctxt);
      }
      int length = p.getTextLength();
      if (length == 0) {
        return null;
      }
      Instant fast = parseUtc(p.getTextCharacters(), p.getTextOffset(), length);
      if (fast != null) {
        return fast;
      }
      String text = p.getText();
      try {
        return parse(text);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("is not an RFC 3339 timestamp (ISO-8601): \"" + text
            + "\"", e);
      }
    }
  }

  /** Writes {@code 2026-11-22T17:55:00.000Z}: milliseconds, UTC (the Refonte form). */
  public static final class MillisWriter extends StdScalarSerializer<Instant> {

    private static final DateTimeFormatter MILLIS =
        DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** For Jackson. */
    public MillisWriter() {
      super(Instant.class);
    }

    /** {@code instant} in this form. */
    public static String format(Instant instant) {
      return MILLIS.format(instant);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeString(format(value));
    }
  }
}
