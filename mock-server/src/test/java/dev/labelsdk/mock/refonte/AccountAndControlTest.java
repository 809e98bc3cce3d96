package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files, the team (spec §4.12) and the control plane's transitions (spec §8.3) at the engine level. */
class AccountAndControlTest extends EngineFixture {

  private final Caller c = caller("live_account");

  private static void code(Throwable e, ErrorCode code) {
    assertThat(((RefonteError) e).code()).isEqualTo(code);
  }

  @Test
  void filesAreRecordedWithAnAttachmentUrlAndNeverTheirBytes() {
    FileView uploaded = engine.account().upload(c, new AccountOperations.Upload("cat.png", null, 42), "p", "ref", "note");
    assertThat(uploaded.attachmentUrl()).isEqualTo("refontedata://files/" + uploaded.id());
    assertThat(uploaded.mimetype()).isEqualTo("image/png");
    assertThat(uploaded.size()).isEqualTo(42);
    assertThat(uploaded.projectNames()).containsExactly("p");
    assertThat(uploaded.metadata()).isEqualTo(TextNode.valueOf("note"));

    FileView imported = engine.account().importFile(c, new AccountOperations.ImportFile("s3://b/k", null, null, Nodes.obj("n", 2)));
    assertThat(imported.mimetype()).isEqualTo("application/octet-stream");
    assertThat(imported.projectNames()).isEmpty();
    assertThat(imported.metadata()).isEqualTo(Nodes.obj("n", 2));
    assertThat(engine.control().state().tenants().get(0).files()).isEqualTo(2);

    assertThatThrownBy(() -> engine.account().upload(c, null, null, null, null)).satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER));
    assertThatThrownBy(() -> engine.account().importFile(c, new AccountOperations.ImportFile("no uri", null, null, null)))
        .hasMessage("Parameter is invalid, reason: \"file_url\" must be a valid uri");
  }

  @Test
  void theTeamStartsWithTheTenantAndRolesChangeOnlyForMembers() {
    String owner = engine.config().defaultEmail();
    assertThat(engine.account().team(c)).containsExactly(new TeamMember(owner, "admin"));

    engine.account().invite(c, List.of("ada@example.com"), "labeler");
    List<TeamMember> team = engine.account().setRole(c, List.of("ada@example.com", "bob@example.com"), "manager");

    assertThat(team).containsExactly(new TeamMember(owner, "admin"), new TeamMember("ada@example.com", "manager"));
    assertThatThrownBy(() -> engine.account().invite(c, List.of("ada@example.com"), "boss"))
        .hasMessage("Parameter is invalid, reason: \"team_role\" must be one of member, manager, labeler");
    assertThatThrownBy(() -> engine.account().invite(c, List.of("nobody"), "member"))
        .satisfies(e -> code(e, ErrorCode.INVALID_PARAMETER));
  }

  @Test
  void theControlPlaneMovesPendingTasksOnly() {
    String id = engine.tasks().create(c, Nodes.task("categorization", "attachment", "http://x",
        "categories", List.of("cat", "dog")).build()).id();
    TaskView done = engine.control().complete(id, null, ReviewStatus.FIXED);
    assertThat(done.response()).isEqualTo(Nodes.obj("category", "cat")); // the placeholder of spec §6.2
    assertThat(done.reviewStatus()).isEqualTo(ReviewStatus.FIXED);
    assertThat(done.completedAt()).isNotNull();

    assertThatThrownBy(() -> engine.control().complete(id, null, null))
        .satisfies(e -> code(e, ErrorCode.INVALID_STATE))
        .hasMessage("Task " + id + " is completed; only pending tasks can change state.");
    TaskView redone = engine.control().redo(id, Nodes.obj("category", "dog"));
    assertThat(redone.timesRedone()).isEqualTo(1);
    assertThat(redone.response()).isEqualTo(Nodes.obj("category", "dog"));
    assertThat(engine.control().redo(id, null).response()).isEqualTo(Nodes.obj("category", "dog"));

    String pending = engine.tasks().create(c, CreateTask.builder("chat").build()).id();
    assertThatThrownBy(() -> engine.control().redo(pending, null)).satisfies(e -> code(e, ErrorCode.INVALID_STATE));
    assertThatThrownBy(() -> engine.control().task("0123456789abcdef01234567")).satisfies(e -> code(e, ErrorCode.NOT_FOUND));
    assertThat(engine.control().task(pending).tenant()).isEqualTo(c.tenantLabel());
  }
}
