package dev.labelsdk.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The SDK version, filtered into {@code sdk.properties} by the Maven build; the clients put it
 * in their User-Agent.
 */
public final class SdkVersion {

  /** The version of this build, or {@code "unknown"} outside a Maven build. */
  public static final String VERSION = load();

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("sdk.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version", "");
        if (!v.isBlank() && !v.startsWith("${")) {
          return v;
        }
      }
    } catch (IOException ignored) {
      // fall back below
    }
    return "unknown";
  }
}
