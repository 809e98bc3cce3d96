package dev.labelsdk.mock.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

/**
 * Hides form and multipart content types of API requests from WireMock and Jetty, which parse
 * such bodies eagerly and answer a malformed one with a 500 before any extension runs. The API
 * layer parses these bodies itself, strictly; the real type travels in {@link #HEADER}.
 */
final class BodyTypeShield extends HttpServletRequestWrapper {

  /** Carries the original Content-Type past WireMock. */
  static final String HEADER = "X-Labelsdk-Original-Content-Type";

  private static final String NEUTRAL = "application/octet-stream";

  private final String original;

  private BodyTypeShield(HttpServletRequest request, String original) {
    super(request);
    this.original = original;
  }

  /** The request as WireMock should see it: shielded when its body would be parsed eagerly. */
  static HttpServletRequest wrap(HttpServletRequest request) {
    String type = request.getContentType();
    String lower = type == null ? "" : type.toLowerCase(Locale.ROOT).trim();
    boolean parsedEagerly =
        lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded");
    return new BodyTypeShield(request, parsedEagerly ? type : null);
  }

  @Override
  public String getContentType() {
    return original != null ? NEUTRAL : super.getContentType();
  }

  @Override
  public String getHeader(String name) {
    if (name.equalsIgnoreCase(HEADER)) {
      return original;
    }
    if (original != null && name.equalsIgnoreCase("Content-Type")) {
      return NEUTRAL;
    }
    return super.getHeader(name);
  }

  @Override
  public Enumeration<String> getHeaders(String name) {
    if (name.equalsIgnoreCase(HEADER)) {
      return original == null ? Collections.emptyEnumeration() : Collections.enumeration(List.of(original));
    }
    if (original != null && name.equalsIgnoreCase("Content-Type")) {
      return Collections.enumeration(List.of(NEUTRAL));
    }
    return super.getHeaders(name);
  }

  @Override
  public Enumeration<String> getHeaderNames() {
    List<String> names = new ArrayList<>();
    for (Enumeration<String> e = super.getHeaderNames(); e.hasMoreElements(); ) {
      String name = e.nextElement();
      if (!name.equalsIgnoreCase(HEADER)) {
        names.add(name); // a client cannot forge the original type
      }
    }
    if (original != null) {
      names.add(HEADER);
    }
    return Collections.enumeration(names);
  }
}
