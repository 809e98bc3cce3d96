package dev.labelsdk.mock.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An HTTP request as the API layers see it, independent of the server that received it. The
 * path and query are raw (still percent-encoded); {@link #segments()} and {@link #query()}
 * decode them strictly and throw {@link MalformedRequestException} on bad encoding.
 */
public final class ApiRequest {

  private final String method;
  private final String rawPath;
  private final String rawQuery;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private List<String> segments;
  private QueryParams query;

  private ApiRequest(Builder b) {
    this.method = b.method.toUpperCase(Locale.ROOT);
    this.rawPath = b.rawPath;
    this.rawQuery = b.rawQuery;
    this.headers = Collections.unmodifiableMap(b.headers);
    this.body = b.body == null ? new byte[0] : b.body;
  }

  /** Splits a raw URL ({@code /path?query}) into its parts. */
  public static Builder builder(String method, String rawUrl) {
    int q = rawUrl.indexOf('?');
    String path = q < 0 ? rawUrl : rawUrl.substring(0, q);
    String query = q < 0 ? null : rawUrl.substring(q + 1);
    return new Builder(method, path, query);
  }

  public String method() {
    return method;
  }

  public String rawPath() {
    return rawPath;
  }

  public String rawQuery() {
    return rawQuery;
  }

  /**
   * The path split on {@code /} before decoding, each segment percent-decoded as UTF-8; empty
   * segments dropped, so repeated and trailing slashes do not matter.
   */
  public List<String> segments() {
    if (segments == null) {
      List<String> out = new ArrayList<>();
      for (String raw : rawPath.split("/")) {
        if (!raw.isEmpty()) {
          out.add(PercentDecoding.decodePathSegment(raw));
        }
      }
      segments = Collections.unmodifiableList(out);
    }
    return segments;
  }

  /** The normalised path: decoded segments joined by single slashes. */
  public String normalisedPath() {
    return "/" + String.join("/", segments());
  }

  public QueryParams query() {
    if (query == null) {
      query = QueryParams.parse(rawQuery);
    }
    return query;
  }

  /** The first value of a header (case-insensitive name), or null. */
  public String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  public Map<String, List<String>> headers() {
    return headers;
  }

  public byte[] body() {
    return body;
  }

  /** The media type of the body, lower case and without parameters; null when not given. */
  public String mediaType() {
    String ct = header("Content-Type");
    if (ct == null || ct.isBlank()) {
      return null;
    }
    int semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
  }

  public static final class Builder {
    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private byte[] body;

    private Builder(String method, String rawPath, String rawQuery) {
      this.method = method;
      this.rawPath = rawPath;
      this.rawQuery = rawQuery;
    }

    public Builder header(String name, String value) {
      headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder body(byte[] body) {
      this.body = body;
      return this;
    }

    public ApiRequest build() {
      return new ApiRequest(this);
    }
  }
}
