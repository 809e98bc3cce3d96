package dev.labelsdk.mock.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict percent-decoding: bad {@code %XX} escapes and invalid UTF-8 are errors, never replaced. */
public final class PercentDecoding {

  private PercentDecoding() {}

  /** Decodes a path segment: {@code +} stays a literal plus. */
  public static String decodePathSegment(String raw) {
    return decode(raw, false);
  }

  /** Decodes a form/query component: {@code +} is a space. */
  public static String decodeFormComponent(String raw) {
    return decode(raw, true);
  }

  /** Whether {@code raw} holds only well-formed escapes that decode to valid UTF-8. */
  public static boolean isWellFormed(String raw) {
    try {
      decode(raw, true);
      return true;
    } catch (MalformedRequestException e) {
      return false;
    }
  }

  /** ASCII without NUL: what {@link #strictUtf8} would accept unchanged. */
  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\0' || s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static String decode(String raw, boolean plusIsSpace) {
    if (raw.indexOf('%') < 0 && !(plusIsSpace && raw.indexOf('+') >= 0)) {
      // plain ASCII, the usual case, needs no decoding and no check
      return isPlainAscii(raw) ? raw : strictUtf8(raw.getBytes(StandardCharsets.UTF_8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length());
    byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '%') {
        if (i + 2 >= bytes.length) {
          throw new MalformedRequestException("Invalid percent-encoding in \"" + raw + "\".");
        }
        int hi = Character.digit(bytes[i + 1], 16);
        int lo = Character.digit(bytes[i + 2], 16);
        if (hi < 0 || lo < 0) {
          throw new MalformedRequestException("Invalid percent-encoding in \"" + raw + "\".");
        }
        out.write((hi << 4) | lo);
        i += 2;
      } else if (b == '+' && plusIsSpace) {
        out.write(' ');
      } else {
        out.write(b);
      }
    }
    return strictUtf8(out.toByteArray());
  }

  /** Decodes bytes as UTF-8, refusing malformed sequences (and NUL, which no API accepts). */
  public static String strictUtf8(byte[] bytes) {
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
      if (s.indexOf('\0') >= 0) {
        throw new MalformedRequestException("NUL characters are not allowed in URLs.");
      }
      return s;
    } catch (CharacterCodingException e) {
      throw new MalformedRequestException("Invalid UTF-8 in the request URL.");
    }
  }
}
