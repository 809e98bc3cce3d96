package dev.labelsdk.mock.server;

import java.net.InetAddress;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Who may talk to a server bound to this machine. A web page the developer visits must not
 * read or change the mock's state: it cannot name the mock in {@code Host} (DNS rebinding)
 * and cannot drive the control plane from a foreign {@code Origin} (cross-site requests).
 *
 *
 * <p>{@code Host} is checked only when the server is bound to loopback: one bound elsewhere
 * (for example {@code 0.0.0.0} in a container) is reached by other names. CORS is granted only
 * to the configured origins ({@code *}: any), and on the control plane only when asked for.
 */
final class LocalAccess {

  private final boolean checkHost;
  private final Set<String> extraHosts;
  private final Set<String> corsOrigins;
  private final boolean corsOnControl;
  private final java.util.Map<String, Boolean> hostVerdicts = new java.util.concurrent.ConcurrentHashMap<>();

  private LocalAccess(boolean checkHost, Set<String> extraHosts, Set<String> corsOrigins,
      boolean corsOnControl) {
    this.checkHost = checkHost;
    this.extraHosts = extraHosts;
    this.corsOrigins = corsOrigins;
    this.corsOnControl = corsOnControl;
  }

  static LocalAccess forBindAddress(String bindHost, Set<String> extraHosts,
      Set<String> corsOrigins, boolean corsOnControl) {
    return new LocalAccess(isLoopback(bindHost), lower(extraHosts), Set.copyOf(corsOrigins),
        corsOnControl);
  }

  /** Whether a {@code Host} header value names this server (null: HTTP/1.0, no header). */
  boolean hostAllowed(String hostHeader) {
    if (!checkHost || hostHeader == null) {
      return true;
    }
    Boolean known = hostVerdicts.get(hostHeader); // clients send the same few values
    if (known != null) {
      return known;
    }
    String name = hostName(hostHeader);
    boolean allowed = name != null && (isLocalName(name) || extraHosts.contains(name));
    if (hostVerdicts.size() < 256) {
      hostVerdicts.put(hostHeader, allowed);
    }
    return allowed;
  }

  /** Whether an {@code Origin} may use the control plane (null: not a browser request). */
  boolean controlOriginAllowed(String origin) {
    if (origin == null) {
      return true;
    }
    if (corsOnControl && corsAllows(origin)) {
      return true;
    }
    String name = originHost(origin);
    return name != null && (isLocalName(name) || extraHosts.contains(name));
  }

  /** Whether cross-origin access is granted to {@code origin} on a route of this kind. */
  boolean corsAllows(String origin, boolean control) {
    return origin != null && (!control || corsOnControl) && corsAllows(origin);
  }

  private boolean corsAllows(String origin) {
    return corsOrigins.contains("*") || corsOrigins.contains(origin);
  }

  private static boolean isLocalName(String name) {
    if (name.equals("localhost") || name.endsWith(".localhost")) {
      return true; // browsers resolve *.localhost to loopback themselves
    }
    return isLoopbackLiteral(name);
  }

  /** {@code 127.x.y.z} or {@code ::1}, written as an address (never resolved through DNS). */
  private static boolean isLoopbackLiteral(String name) {
    String n = name.startsWith("[") && name.endsWith("]") ? name.substring(1, name.length() - 1) : name;
    if (!n.matches("[0-9.]+") && !n.matches("[0-9a-fA-F:]+")) {
      return false;
    }
    try {
      return InetAddress.getByName(n).isLoopbackAddress();
    } catch (Exception e) {
      return false;
    }
  }

  private static boolean isLoopback(String bindHost) {
    return bindHost.equalsIgnoreCase("localhost") || isLoopbackLiteral(bindHost);
  }

  /** The name part of {@code name[:port]} or {@code [v6]:port}, lower case; null if malformed. */
  private static String hostName(String hostHeader) {
    String h = hostHeader.trim().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? null : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  private static String originHost(String origin) {
    try {
      URI uri = URI.create(origin.trim());
      String scheme = uri.getScheme();
      if (uri.getHost() == null || scheme == null
          || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
        return null; // "null", file:, extensions: never local
      }
      return uri.getHost().toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Set<String> lower(Set<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
