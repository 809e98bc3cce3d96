package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.RecordingSleeper;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.Categorization;
import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.FileUpload;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TeamMember;
import dev.labelsdk.refonte.model.TeamRole;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Files and teams against the mock (spec §4.12). */
class FilesAndTeamsE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  final RefonteClient client = E2eSupport.client(MOCK, "live_files", new RecordingSleeper());

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void uploadedAndImportedFilesCanBeTaskAttachments() {
    FileInfo uploaded = client.files().upload(FileUpload.builder("hello".getBytes(), "note.txt")
        .mediaType("text/plain").projectName("p").referenceId("r-1")
        .metadata(Map.of("k", 1)).build());
    assertThat(uploaded.size()).contains(5L);
    assertThat(uploaded.mimetype()).contains("text/plain");
    assertThat(uploaded.projectNames()).containsExactly("p");
    assertThat(uploaded.referenceId()).contains("r-1");

    FileInfo imported = client.files().importFile(FileImport.builder("s3://bucket/car.jpg")
        .projectName("p").build());
    assertThat(imported.id()).isNotEqualTo(uploaded.id());

    Task task = client.tasks().create(Categorization.builder()
        .attachment(imported.attachmentUrl()).categories("a", "b").build());
    assertThat(task.attachment()).contains(imported.attachmentUrl());
  }

  @Test
  void teamMembersCanBeInvitedAndGivenRoles() {
    assertThat(client.teams().list()).extracting(TeamMember::role).contains("admin");
    List<TeamMember> afterInvite =
        client.teams().invite(List.of("ada@example.com"), TeamRole.LABELER);
    assertThat(afterInvite).anySatisfy(m -> {
      assertThat(m.email()).isEqualTo("ada@example.com");
      assertThat(m.role()).isEqualTo("labeler");
    });
    assertThat(client.teams().setRole(List.of("ada@example.com"), TeamRole.MANAGER))
        .filteredOn(m -> m.email().equals("ada@example.com"))
        .extracting(TeamMember::role).containsExactly("manager");
  }
}
