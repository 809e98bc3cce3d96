package dev.labelsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ClarifaiQuickstartTest {

  static String run(Map<String, String> env) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    ClarifaiQuickstart.run(env, new PrintStream(buffer, true, StandardCharsets.UTF_8));
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsTheTourAgainstTheEmbeddedMock() {
    String out = run(Map.of());

    assertThat(out).contains("Using an embedded mock");
    assertThat(out).containsPattern("Created task [0-9a-f]{32}: PARTITIONED workers \\[labeler-1,"
        + " labeler-2, labeler-3], 2 per input; CONSENSUS review, threshold 2, reviewer"
        + " reviewer-1");
    // labeler-1 gets half of the 12 slots; whatever it submits first waits for the others.
    assertThat(out).contains("labeler-1 labeled 6 inputs \"water\": 6"
        + " TASK_ASSIGNMENT_AWAITING_CONSENSUS_REVIEW");
    // labeler-2 agrees with labeler-1: consensus approves; labeler-3 disagrees: review.
    assertThat(out).contains("labeler-2 labeled 3 inputs \"water\": 3 TASK_ASSIGNMENT_SUCCESS");
    assertThat(out).contains("labeler-3 labeled 3 inputs \"no-water\": 3"
        + " TASK_ASSIGNMENT_AWAITING_REVIEW");
    assertThat(out).contains("Consensus: 6 assignments approved automatically, 6 sent to"
        + " review");
    assertThat(out).contains("reviewer-1 has 6 assignments to review");
    assertThat(out).contains("  approved: 3 TASK_ASSIGNMENT_SUCCESS");
    assertThat(out).contains("  rejected: 3 TASK_ASSIGNMENT_REJECTED");
    assertThat(out).contains("  labeler-1: 6 approved, 0 rejected, 0 awaiting review,"
        + " 0 awaiting consensus, 0 pending");
    assertThat(out).contains("  labeler-3: 0 approved, 3 rejected, 0 awaiting review,"
        + " 0 awaiting consensus, 0 pending");
    assertThat(out).contains("Metrics: 6 inputs, 6 labeled (100%), 6 reviewed (100%)");
    assertThat(out).containsPattern("Task [0-9a-f]{32} is now TASK_DONE");
    assertThat(out).endsWith("Done." + System.lineSeparator());
  }

  @Test
  void aRealEndpointNeedsTheWorkersKeysToo() {
    assertThatThrownBy(() -> run(Map.of("CLARIFAI_PAT", "owner-pat", "CLARIFAI_APP_ID", "a")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("CLARIFAI_WORKERS=user1:pat1");
  }

  @Test
  void mainExitsNormally() {
    Assumptions.assumeTrue(System.getenv("CLARIFAI_PAT") == null,
        "CLARIFAI_PAT is set: main would call a real endpoint");
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      ClarifaiQuickstart.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("Done.");
  }
}
