package dev.labelsdk.core.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkpoint read back by a resumed run: every finished identity is found with its id,
 * nothing else is, whatever the identities' hashes do; torn lines are ignored.
 */
class CheckpointTest {

  @TempDir
  Path dir;

  BulkOptions options(Path file, String runId) {
    return BulkOptions.builder().checkpoint(file).runId(runId).build();
  }

  /** A checkpoint of run {@code run} with one created item per identity, id "id-" + n. */
  Path written(List<String> identities) {
    Path file = dir.resolve("run.ckpt");
    try (Checkpoint c = Checkpoint.open(file, options(file, "run-1"))) {
      for (int i = 0; i < identities.size(); i++) {
        c.record(BulkOutcome.created(i, identities.get(i), null, "id-" + i));
      }
      c.recordRate(12.5);
    }
    return file;
  }

  @Test
  void aResumedRunFindsEveryFinishedIdentityWithItsIdAndNothingElse() {
    List<String> identities = new ArrayList<>(IntStream.range(0, 5_000)
        .mapToObj(i -> "uid:frame-" + i + ".jpg").toList());
    // Identities the line format must escape, and lines longer than the read-back window.
    identities.addAll(List.of("uid:tab\there", "uid:line\nbreak", "uid:100%", "uid:ünï©ødé 🐟",
        "uid:" + "x".repeat(5_000), "uid:" + "y".repeat(100_000), ""));
    identities.addAll(IntStream.range(5_000, 6_000).mapToObj(i -> "uid:frame-" + i + ".jpg")
        .toList());
    Path file = written(identities);
    try (Checkpoint c = Checkpoint.open(file, options(file, "run-1"))) {
      assertThat(c.runId()).isEqualTo("run-1");
      assertThat(c.learnedRate()).contains(12.5);
      for (int i = 0; i < identities.size(); i++) {
        assertThat(c.recorded(identities.get(i))).as(identities.get(i)).contains("id-" + i);
      }
      for (int i = identities.size() - 1; i >= 0; i -= 7) { // out of file order
        assertThat(c.recorded(identities.get(i))).as(identities.get(i)).contains("id-" + i);
      }
      assertThat(c.recorded("uid:frame-6000.jpg")).isEmpty();
      assertThat(c.recorded("uid:frame-1.jp")).isEmpty();
      assertThat(c.recorded("uid:" + "x".repeat(4_999))).isEmpty();
    }
  }

  @Test
  void aFailedItemATornLineAndAnotherRunsIdAreNotFinished() throws IOException {
    Path file = dir.resolve("run.ckpt");
    try (Checkpoint c = Checkpoint.open(file, options(file, "run-1"))) {
      c.record(BulkOutcome.alreadyExisted(0, "uid:a", ""));
      c.record(BulkOutcome.failed(1, "uid:b", new IllegalStateException("no")));
    }
    Files.writeString(file, "CREATED\tuid%3Ac\tid-c\t", StandardOpenOption.APPEND);
    try (Checkpoint c = Checkpoint.open(file, BulkOptions.builder().checkpoint(file).build())) {
      assertThat(c.recorded("uid:a")).contains("");
      assertThat(c.recorded("uid:b")).isEmpty();
      assertThat(c.recorded("uid:c")).as("torn").isEmpty();
    }
    assertThatThrownBy(() -> Checkpoint.open(file, options(file, "run-2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("belongs to run");
  }

  @Test
  void windowsLineBreaksAndALaterRecordOfTheSameItemAreRead() throws IOException {
    Path file = dir.resolve("crlf.ckpt");
    Files.writeString(file, "# labelsdk bulk checkpoint\r\nrun r\r\n"
        + "CREATED\tuid%3Aa\tid-1\t.\r\nALREADY_EXISTED\tuid%3Aa\tid-2\t.\r\n",
        StandardCharsets.UTF_8);
    try (Checkpoint c = Checkpoint.open(file, BulkOptions.builder().checkpoint(file).build())) {
      assertThat(c.runId()).isEqualTo("r");
      assertThat(c.recorded("uid:a")).as("the last record wins").contains("id-2");
    }
  }

  @Test
  void identitiesThatShareAHashAreNeverTakenForEachOther() {
    // Every identity hashes alike: each lookup must read lines back until its own.
    List<String> lines = new ArrayList<>();
    CheckpointIndex index = new CheckpointIndex(600, offset -> {
      String[] f = lines.get((int) offset).split(" ");
      return new CheckpointIndex.Entry(f[0], f[1]);
    }, identity -> 42L);
    for (int i = 0; i < 500; i++) {
      lines.add("item-" + i + " id-" + i);
      index.put("item-" + i, i);
    }
    lines.add("item-7 id-again");
    index.put("item-7", 500);
    for (int i = 0; i < 500; i++) {
      assertThat(Optional.ofNullable(index.get("item-" + i)).map(CheckpointIndex.Entry::id))
          .contains(i == 7 ? "id-again" : "id-" + i);
    }
    assertThat(index.get("item-500")).isNull();
    assertThat(index.get("item-")).isNull();
  }

  @Test
  void anIndexTakesNoMoreIdentitiesThanItWasSizedFor() {
    CheckpointIndex index = new CheckpointIndex(2, offset -> null, identity -> 0L);
    index.put("a", 0);
    index.put("b", 1);
    index.put("c", 2);
    assertThatThrownBy(() -> {
      for (int i = 0; i < 10; i++) {
        index.put("more-" + i, 3 + i);
      }
    }).isInstanceOf(IllegalStateException.class);
  }
}
