package dev.labelsdk.mock.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A small, strict {@code multipart/form-data} reader (RFC 7578) over an in-memory body. */
public final class Multipart {

  /** One part: its form field name, optional file name and content type, and its bytes. */
  public record Part(String name, String filename, String contentType, byte[] data) {
    public String text() {
      return new String(data, StandardCharsets.UTF_8);
    }
  }

  private Multipart() {}

  public static List<Part> parse(String contentTypeHeader, byte[] body) {
    String boundary = parameter(contentTypeHeader, "boundary");
    if (boundary == null || boundary.isEmpty()) {
      throw new MalformedRequestException("multipart/form-data needs a boundary parameter.");
    }
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int pos = indexOf(body, delimiter, 0);
    if (pos < 0) {
      throw new MalformedRequestException("Malformed multipart body: no boundary found.");
    }
    while (true) {
      int afterDelimiter = pos + delimiter.length;
      if (startsWith(body, afterDelimiter, "--")) {
        return parts; // closing delimiter
      }
      int headersStart = skipLineBreak(body, afterDelimiter);
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersStart < 0 || headersEnd < 0) {
        throw new MalformedRequestException("Malformed multipart body: bad part headers.");
      }
      byte[] nextDelimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
      int dataStart = headersEnd + 4;
      int dataEnd = indexOf(body, nextDelimiter, dataStart);
      if (dataEnd < 0) {
        throw new MalformedRequestException("Malformed multipart body: unterminated part.");
      }
      String headerBlock =
          new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
      parts.add(part(headerBlock, Arrays.copyOfRange(body, dataStart, dataEnd)));
      pos = dataEnd + 2;
    }
  }

  private static Part part(String headerBlock, byte[] data) {
    String name = null;
    String filename = null;
    String contentType = null;
    for (String line : headerBlock.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String header = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      if (header.equals("content-disposition")) {
        name = parameter(value, "name");
        filename = parameter(value, "filename");
      } else if (header.equals("content-type")) {
        contentType = value;
      }
    }
    if (name == null) {
      throw new MalformedRequestException("Malformed multipart body: a part has no name.");
    }
    return new Part(name, filename, contentType, data);
  }

  /** Reads {@code key=value} or {@code key="value"} from a header value, or null. */
  static String parameter(String headerValue, String key) {
    if (headerValue == null) {
      return null;
    }
    for (String piece : headerValue.split(";")) {
      String p = piece.trim();
      int eq = p.indexOf('=');
      if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(key)) {
        String v = p.substring(eq + 1).trim();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
          v = v.substring(1, v.length() - 1);
        }
        return v;
      }
    }
    return null;
  }

  private static int skipLineBreak(byte[] body, int pos) {
    if (startsWith(body, pos, "\r\n")) {
      return pos + 2;
    }
    return startsWith(body, pos, "\n") ? pos + 1 : -1;
  }

  private static boolean startsWith(byte[] body, int pos, String s) {
    if (pos < 0 || pos + s.length() > body.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (body[pos + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    if (from < 0) {
      return -1;
    }
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
