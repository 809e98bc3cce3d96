package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Changes to a task at the engine level (spec §4.5 to §4.9): cancel, metadata, unique_id, tags, audit. */
class TaskChangesTest extends EngineFixture {

  private final Caller c = caller("live_changer");

  private String task(CreateTask.Builder task) {
    return engine.tasks().create(c, task.build()).id();
  }

  private static void code(Throwable e, ErrorCode code) {
    assertThat(((RefonteError) e).code()).isEqualTo(code);
  }

  @Test
  void onlyAPendingTaskIsCanceledAndCancelingTwiceChangesNothing() {
    String id = task(Nodes.image("http://x"));
    clock.advance(Duration.ofSeconds(1));
    TaskView canceled = engine.tasks().cancel(c, id, false);
    assertThat(canceled.status()).isEqualTo(TaskStatus.CANCELED);
    assertThat(canceled.updatedAt()).isEqualTo(START.toEpochMilli() + 1000);

    clock.advance(Duration.ofSeconds(1));
    assertThat(engine.tasks().cancel(c, id, false)).isEqualTo(canceled);

    String completed = task(Nodes.image("http://x"));
    engine.control().complete(completed, null, null);
    assertThatThrownBy(() -> engine.tasks().cancel(c, completed, false))
        .satisfies(e -> code(e, ErrorCode.INVALID_STATE))
        .hasMessage("Task " + completed + " is already completed and cannot be canceled.");
    String failed = task(Nodes.image("http://x"));
    engine.control().error(failed, "boom");
    assertThatThrownBy(() -> engine.tasks().cancel(c, failed, false)).satisfies(e -> code(e, ErrorCode.INVALID_STATE));
    assertThatThrownBy(() -> engine.tasks().cancel(c, "0123456789abcdef01234567", false))
        .satisfies(e -> code(e, ErrorCode.NOT_FOUND));
  }

  @Test
  void cancelingWithClearUniqueIdFreesItEvenOnACanceledTask() {
    String id = task(Nodes.image("http://x").uniqueId("u"));
    engine.tasks().cancel(c, id, false);
    assertThat(engine.tasks().cancel(c, id, true).uniqueId()).isNull();

    assertThat(engine.tasks().create(c, Nodes.image("http://y").uniqueId("u").build()).uniqueId()).isEqualTo("u");
  }

  @Test
  void metadataIsReplacedAndAnEqualValueLeavesUpdatedAtAlone() {
    String id = task(Nodes.image("http://x").metadata(Nodes.obj("n", 1)));
    clock.advance(Duration.ofSeconds(1));
    TaskView same = engine.tasks().setMetadata(c, id, Nodes.obj("n", new BigDecimal("1.0")));
    assertThat(same.updatedAt()).isEqualTo(same.createdAt());

    TaskView changed = engine.tasks().setMetadata(c, id, Nodes.obj("m", 2));
    assertThat(changed.metadata()).isEqualTo(Nodes.obj("m", 2));
    assertThat(changed.updatedAt()).isEqualTo(START.toEpochMilli() + 1000);
    assertThat(engine.tasks().setMetadata(c, id, null).metadata()).isEqualTo(Nodes.obj());

    assertThatThrownBy(() -> engine.tasks().setMetadata(c, id, Nodes.obj("big", "x".repeat(10 * 1024))))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER));
    assertThat(engine.tasks().get(c, id).metadata()).isEqualTo(Nodes.obj());
  }

  @Test
  void aUniqueIdIsSetMovedAndClearedButNeverShared() {
    String first = task(Nodes.image("http://x").uniqueId("a"));
    String second = task(Nodes.image("http://y"));

    assertThatThrownBy(() -> engine.tasks().setUniqueId(c, second, "a", null))
        .satisfies(e -> code(e, ErrorCode.DUPLICATE_UNIQUE_ID));
    assertThat(engine.tasks().setUniqueId(c, first, "a", null).uniqueId()).isEqualTo("a"); // its own: fine
    TaskView moved = engine.tasks().setUniqueId(c, first, "b", true);
    assertThat(moved.uniqueId()).isEqualTo("b");
    assertThat(moved.clearUniqueIdOnError()).isTrue();
    assertThat(engine.tasks().setUniqueId(c, second, "a", null).uniqueId()).isEqualTo("a");
    assertThatThrownBy(() -> engine.tasks().setUniqueId(c, second, "", null))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER));

    assertThat(engine.tasks().clearUniqueId(c, first).uniqueId()).isNull();
    assertThat(engine.tasks().setUniqueId(c, second, "b", null).uniqueId()).isEqualTo("b");
  }

  @Test
  void anErrorClearsTheUniqueIdOnlyWhenAskedTo() {
    String keeps = task(Nodes.image("http://x").uniqueId("keep"));
    String clears = task(Nodes.image("http://x").uniqueId("clear").clearUniqueIdOnError(true));
    engine.control().error(keeps, "boom");
    engine.control().error(clears, "boom");

    assertThat(engine.tasks().get(c, keeps).uniqueId()).isEqualTo("keep");
    assertThat(engine.tasks().get(c, clears).uniqueId()).isNull();
    assertThat(engine.tasks().get(c, clears).response()).isEqualTo(Nodes.obj("error", "boom"));
  }

  @Test
  void tagsAreSetAddedAndRemovedWithinTheLimit() {
    String id = task(Nodes.image("http://x"));
    assertThat(engine.tasks().changeTags(c, id, TaskOperations.TagChange.SET, List.of("a", "b", "a")).tags())
        .containsExactly("a", "b");
    assertThat(engine.tasks().changeTags(c, id, TaskOperations.TagChange.ADD, List.of("b", "c")).tags())
        .containsExactly("a", "b", "c");
    assertThat(engine.tasks().changeTags(c, id, TaskOperations.TagChange.REMOVE, List.of("a", "zz")).tags())
        .containsExactly("b", "c");
    assertThatThrownBy(() -> engine.tasks().changeTags(c, id, TaskOperations.TagChange.ADD, List.of("1", "2", "3", "4")))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER))
        .hasMessage("Parameter is invalid, reason: a task can have at most 5 tags (got 6)");
    assertThat(engine.tasks().get(c, id).tags()).containsExactly("b", "c");
    assertThat(engine.tasks().changeTags(c, id, TaskOperations.TagChange.REMOVE, null).tags()).isEmpty();
    assertThatThrownBy(() -> engine.tasks().changeTags(c, id, TaskOperations.TagChange.SET, null))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER));
  }

  @Test
  void onlyACompletedTaskIsAuditedNewestAuditFirst() {
    String id = task(Nodes.image("http://x"));
    assertThatThrownBy(() -> engine.tasks().audit(c, id, true, null))
        .satisfies(e -> code(e, ErrorCode.INVALID_STATE))
        .hasMessage("Task " + id + " is pending; only completed tasks can be audited.");
    engine.control().complete(id, Nodes.obj("boxes", List.of()), null);

    engine.tasks().audit(c, id, false, "fix the box");
    clock.advance(Duration.ofSeconds(1));
    TaskView audited = engine.tasks().audit(c, id, true, null);

    assertThat(audited.reviewStatus()).isEqualTo(ReviewStatus.ACCEPTED);
    assertThat(audited.audits()).extracting(Audit::result).containsExactly("accepted", "rejected");
    assertThat(audited.audits().get(1).comments()).isEqualTo("fix the box");
    assertThat(audited.audits().get(0).auditedBy()).isEqualTo(engine.config().defaultEmail());
    assertThat(audited.audits().get(0).auditedAt()).isEqualTo(START.toEpochMilli() + 1000);
  }
}
