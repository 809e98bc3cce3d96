package dev.labelsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.core.bulk.BulkResult;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample run twice: stopped halfway, then resumed; exactly one task per line. */
class BulkSubmitTest {

  static final int N = 40;

  @TempDir
  Path dir;

  String run(String... args) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    BulkResult<?> result = BulkSubmit.run(args, Map.of(),
        new PrintStream(buffer, true, StandardCharsets.UTF_8));
    assertThat(result.failed()).isZero();
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void jsonlWithUniqueIdsStoppedHalfwayThenResumed() throws Exception {
    Path input = dir.resolve("images.jsonl");
    Files.writeString(input, IntStream.range(0, N).mapToObj(i ->
        "{\"attachment\":\"https://example.com/" + i + ".jpg\",\"unique_id\":\"img-" + i + "\"}")
        .collect(Collectors.joining("\n")));
    String state = dir.resolve("state").toString();

    String first = run(input.toString(), "--stop-after", "20", "--state-dir", state);
    assertThat(first).contains("Stopped:").containsPattern("\\[#+-+\\] \\d+/40");
    long firstCount = count(first);
    assertThat(firstCount).isBetween(20L, (long) N - 1);

    String second = run(input.toString(), "--state-dir", state);
    assertThat(second).contains("Done: " + (N - firstCount) + " created, " + firstCount
        + " already existed, 0 failed");
    assertThat(count(second)).isEqualTo(N);
  }

  @Test
  void csvWithoutUniqueIdsResumesFromTheCheckpoint() throws Exception {
    Path input = dir.resolve("images.csv");
    Files.writeString(input, "attachment\n" + IntStream.range(0, N)
        .mapToObj(i -> "https://example.com/" + i + ".jpg").collect(Collectors.joining("\n")));
    String state = dir.resolve("state").toString();

    run(input.toString(), "--stop-after", "15", "--state-dir", state);
    String second = run(input.toString(), "--state-dir", state);
    assertThat(count(second)).isEqualTo(N);
    String third = run(input.toString(), "--state-dir", state);
    assertThat(third).contains("Done: 0 created, " + N + " already existed");
    assertThat(count(third)).isEqualTo(N);
  }

  @Test
  void clarifaiModeAddsInputsInBatchesThenOneLabelingTaskAndResumesWithoutDuplicates()
      throws Exception {
    int n = 300; // three batches of 128 and a part
    Path input = dir.resolve("images.jsonl");
    Files.writeString(input, IntStream.range(0, n).mapToObj(i -> i % 2 == 0
        ? "{\"attachment\":\"https://example.com/" + i + ".jpg\",\"unique_id\":\"img-" + i + "\"}"
        : "{\"attachment\":\"https://example.com/" + i + ".jpg\"}")
        .collect(Collectors.joining("\n")));
    String state = dir.resolve("state").toString();

    String first = run(input.toString(), "--api", "clarifai", "--stop-after", "100",
        "--concurrency", "1", "--state-dir", state);
    assertThat(first).contains("Stopped:").containsPattern("\\[#+-+\\] \\d+/300")
        .doesNotContain("Labeling task");
    long firstInputs = count(first, "Inputs in the app: ");
    assertThat(firstInputs).isBetween(100L, (long) n - 1);
    assertThat(count(first, "Tasks in the app: ")).isZero();

    String second = run(input.toString(), "--api", "clarifai", "--state-dir", state);
    assertThat(second).contains("Done: " + (n - firstInputs) + " created, " + firstInputs
        + " already existed, 0 failed").contains("Labeling task bulk-submit-labeling: created");
    assertThat(count(second, "Inputs in the app: ")).isEqualTo(n);
    assertThat(count(second, "Tasks in the app: ")).isEqualTo(1);

    String third = run(input.toString(), "--api", "clarifai", "--state-dir", state);
    assertThat(third).contains("Done: 0 created, " + n + " already existed")
        .contains("Labeling task bulk-submit-labeling: already existed");
    assertThat(count(third, "Inputs in the app: ")).isEqualTo(n);
    assertThat(count(third, "Tasks in the app: ")).isEqualTo(1);
  }

  static long count(String out) {
    return count(out, "Tasks in the account: ");
  }

  static long count(String out, String label) {
    return out.lines().filter(l -> l.startsWith(label)).mapToLong(
        l -> Long.parseLong(l.substring(label.length()).strip())).findFirst().orElseThrow();
  }
}
