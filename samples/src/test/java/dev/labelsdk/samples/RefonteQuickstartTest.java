package dev.labelsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class RefonteQuickstartTest {

  @Test
  void runsTheTourAgainstTheEmbeddedMock() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RefonteQuickstart.run(Map.of(), new PrintStream(buffer, true, StandardCharsets.UTF_8));
    String out = buffer.toString(StandardCharsets.UTF_8);

    assertThat(out).contains("Using an embedded mock");
    assertThat(out.lines().filter(l -> l.startsWith("Created categorization task"))).hasSize(3);
    assertThat(out).containsPattern("Duplicate refused: unique_id \\S+/car already belongs to"
        + " task [0-9a-f]{24}");
    assertThat(out.lines().filter(l -> l.matches("  [0-9a-f]{24} pending \\S+"))).hasSize(3);
    assertThat(out).containsPattern("Canceled [0-9a-f]{24}: status canceled, unique_id now"
        + " cleared");
    assertThat(out).endsWith("Done." + System.lineSeparator());
  }

  @Test
  void mainExitsNormally() {
    Assumptions.assumeTrue(System.getenv("REFONTE_API_KEY") == null,
        "REFONTE_API_KEY is set: main would call a real endpoint");
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      RefonteQuickstart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("Done.");
  }
}
