package dev.labelsdk.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.refonte.model.Task;
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
    BulkResult<Task> result = BulkSubmit.run(args, Map.of(),
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

  static long count(String out) {
    return out.lines().filter(l -> l.startsWith("Tasks in the account: ")).mapToLong(
        l -> Long.parseLong(l.substring("Tasks in the account: ".length()).strip()))
        .findFirst().orElseThrow();
  }
}
