package dev.labelsdk.mock.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The labelsdk version this mock was built as (from the build's filtered properties). */
public final class MockVersion {

  /** Sent on every response, so a client can tell which mock answered. */
  public static final String HEADER = "X-Labelsdk-Mock-Version";

  private static final String VERSION = read();

  private MockVersion() {}

  /** For example {@code 0.2.0}; {@code unknown} when run from classes the build did not filter. */
  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = MockVersion.class.getResourceAsStream("labelsdk-mock.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
