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
import java.time.YearMonth;
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
    int year = digits(s, from, from + 4);
    int month = digits(s, from + 5, from + 7);
    int day = digits(s, from + 8, from + 10);
    int hour = digits(s, from + 11, from + 13);
    int minute = digits(s, from + 14, from + 16);
    int second = digits(s, from + 17, from + 19);
    int nanos = 0;
    if (n > 20) {
      int fractionDigits = n - 21;
      if (s[from + 19] != '.' || fractionDigits < 1) {
        return null;
      }
      int fraction = digits(s, from + 20, from + n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = fractionDigits; i < 9; i++) {
        nanos *= 10;
      }
    }
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    if (day > 28 && day > YearMonth.of(year, month).lengthOfMonth()) {
      return null; // e.g. February 30: the general parser reports it
    }
    long seconds = epochDay(year, month, day) * 86_400 + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(seconds, nanos);
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

  /** The decimal number in {@code s[from, to)}, or -1 if a character is not a digit. */
  private static int digits(char[] s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s[i];
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
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
