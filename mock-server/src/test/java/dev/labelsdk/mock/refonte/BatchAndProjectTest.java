package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Batches and projects at the engine level (spec §4.10, §4.11). */
class BatchAndProjectTest extends EngineFixture {

  private final Caller c = caller("live_batcher");

  private ProjectView project(String name, boolean rapid) {
    return engine.projects().create(c, new ProjectOperations.CreateProject("imageannotation", name,
        Nodes.obj("instruction", "v0"), rapid, false));
  }

  private BatchView batch(String project, String name) {
    return engine.batches().create(c, new BatchOperations.CreateBatch(project, name, null, false, false, null));
  }

  private static void code(Throwable e, ErrorCode code) {
    assertThat(((RefonteError) e).code()).isEqualTo(code);
  }

  @Test
  void aProjectKeepsItsParamHistoryWithVersions() {
    ProjectView created = project("p", false);
    assertThat(created.paramHistory()).hasSize(1);
    assertThat(created.paramHistory().get(0).get("version").asInt()).isZero();
    assertThat(created.paramHistory().get(0).get("instruction").asText()).isEqualTo("v0");

    clock.advance(Duration.ofSeconds(1));
    engine.projects().setParams(c, "p", Nodes.obj("extra", 1, "version", 99), true);
    ProjectView replaced = engine.projects().setParams(c, "p", Nodes.obj("other", 2), false);

    assertThat(replaced.paramHistory()).extracting(e -> e.get("version").asInt()).containsExactly(0, 1, 2);
    assertThat(replaced.paramHistory().get(1).has("instruction")).isTrue(); // patch merged over v0
    assertThat(replaced.paramHistory().get(1).get("extra").asInt()).isEqualTo(1);
    assertThat(replaced.paramHistory().get(2).has("instruction")).isFalse(); // replaced
    assertThat(engine.projects().get(c, "p")).isEqualTo(replaced);
  }

  @Test
  void projectsAreUniqueByNameAndOfAKnownType() {
    project("p", false);
    assertThatThrownBy(() -> project("p", false))
        .satisfies(e -> code(e, ErrorCode.ALREADY_EXISTS)).hasMessage("Project \"p\" already exists.");
    assertThatThrownBy(() -> engine.projects().create(c, new ProjectOperations.CreateProject("nonsense", "q", null, false, false)))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER)).hasMessage("Unknown task type \"nonsense\".");
    assertThatThrownBy(() -> engine.projects().get(c, "q")).satisfies(e -> code(e, ErrorCode.NOT_FOUND));
    project("q", false);

    assertThat(engine.projects().list(c, false)).extracting(ProjectView::name).containsExactly("p", "q");
    assertThat(engine.projects().list(c, true)).isEmpty(); // nothing is ever archived
  }

  @Test
  void aBatchNeedsItsProjectAndAUniqueName() {
    assertThatThrownBy(() -> batch("p", "b"))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER)).hasMessage("Project \"p\" not found.");
    project("p", false);
    BatchView b = batch("p", "b");
    assertThat(b.status()).isEqualTo("in_progress");
    assertThat(b.callback()).isEmpty();
    assertThat(b.metadata()).isEqualTo(Nodes.obj());
    assertThatThrownBy(() -> batch("p", "b"))
        .satisfies(e -> code(e, ErrorCode.ALREADY_EXISTS)).hasMessage("Batch \"b\" already exists.");
  }

  @Test
  void aRapidProjectsBatchIsStagedUntilFinalized() {
    project("rapid", true);
    assertThat(batch("rapid", "b").status()).isEqualTo("staging");
    clock.advance(Duration.ofSeconds(1));

    BatchView finalized = engine.batches().finalizeBatch(c, "b");
    assertThat(finalized.status()).isEqualTo("in_progress");
    assertThat(finalized.updatedAt()).isEqualTo(START.toEpochMilli() + 1000);
    clock.advance(Duration.ofSeconds(1));
    assertThat(engine.batches().finalizeBatch(c, "b")).isEqualTo(finalized); // a no-op now
  }

  @Test
  void aBatchCountsItsTasksByStatus() {
    project("p", false);
    batch("p", "b");
    for (int i = 0; i < 3; i++) {
      String id = engine.tasks().create(c, Nodes.image("http://x/" + i).batch("b").build()).id();
      if (i == 0) {
        engine.control().complete(id, null, null);
      }
    }
    engine.tasks().create(c, Nodes.image("http://x/elsewhere").build());

    BatchOperations.Progress progress = engine.batches().status(c, "b");
    assertThat(progress.status()).isEqualTo("in_progress");
    assertThat(progress.counts()).isEqualTo(Map.of(TaskStatus.PENDING, 2L, TaskStatus.COMPLETED, 1L));
  }

  @Test
  void batchMetadataIsReplacedWithinTheLimit() {
    project("p", false);
    batch("p", "b");
    assertThat(engine.batches().setMetadata(c, "b", Nodes.obj("k", "v")).metadata()).isEqualTo(Nodes.obj("k", "v"));
    assertThatThrownBy(() -> engine.batches().setMetadata(c, "b", Nodes.obj("big", "x".repeat(10 * 1024))))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER));
    assertThatThrownBy(() -> engine.batches().setMetadata(c, "nope", null)).satisfies(e -> code(e, ErrorCode.NOT_FOUND));
    assertThat(engine.batches().get(c, "b").metadata()).isEqualTo(Nodes.obj("k", "v"));
  }

  @Test
  void batchesAreListedNewestFirstWithFiltersAndOffsets() {
    project("p", false);
    project("rapid", true);
    for (String name : List.of("b0", "b1", "b2")) {
      batch("p", name);
      clock.advance(Duration.ofSeconds(1));
    }
    batch("rapid", "staged");

    BatchOperations.Page all = engine.batches().list(c, new BatchOperations.Query(null, null, null, null), 2, 1);
    assertThat(all.docs()).extracting(BatchView::name).containsExactly("b2", "b1");
    assertThat(all.total()).isEqualTo(4);
    assertThat(all.hasMore()).isTrue();
    assertThat(engine.batches().list(c, new BatchOperations.Query("p", "in_progress", null, null), 10, 0).docs())
        .extracting(BatchView::name).containsExactly("b2", "b1", "b0");
    assertThat(engine.batches().list(c, new BatchOperations.Query(null, "staging", null, null), 10, 0).docs())
        .extracting(BatchView::name).containsExactly("staged");
    long second = START.toEpochMilli() + 1000;
    assertThat(engine.batches().list(c, new BatchOperations.Query(null, null, second, second), 10, 0).docs())
        .extracting(BatchView::name).containsExactly("b1");
    assertThatThrownBy(() -> engine.batches().list(c, new BatchOperations.Query(null, "done", null, null), 10, 0))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER))
        .hasMessage("\"status\" must be one of staging, in_progress, completed (got \"done\").");
  }
}
