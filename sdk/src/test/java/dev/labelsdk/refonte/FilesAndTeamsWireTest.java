package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.FileUpload;
import dev.labelsdk.refonte.model.InvalidRequestException;
import dev.labelsdk.refonte.model.TeamRole;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class FilesAndTeamsWireTest extends WireTestBase {

  static final String FILE = "{\"id\":\"6b0430349f2fd328e9000001\","
      + "\"attachment_url\":\"refontedata://files/6b0430349f2fd328e9000001\","
      + "\"mimetype\":\"image/png\",\"size\":3,\"project_names\":[\"p\"],"
      + "\"created_at\":\"2024-05-01T12:00:00.000Z\"}";

  @Test
  void uploadSendsAMultipartFormWithTheFileAndFields() throws Exception {
    enqueue(200, FILE);
    FileInfo file = client.files().upload(FileUpload.builder(new byte[] {1, 2, 3}, "a b.png")
        .mediaType("image/png").projectName("p").referenceId("ref-1")
        .metadata(Map.of("k", "v")).build());
    assertThat(file.attachmentUrl()).isEqualTo("refontedata://files/6b0430349f2fd328e9000001");
    assertThat(file.size()).contains(3L);

    RecordedRequest r = take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/files/upload");
    assertThat(r.getHeaders().get("Content-Type")).startsWith("multipart/form-data; boundary=");
    String body = r.getBody().string(StandardCharsets.ISO_8859_1);
    assertThat(body).contains("Content-Disposition: form-data; name=\"file\"; filename=\"a b.png\"")
        .contains("Content-Type: image/png")
        .contains("name=\"project_name\"\r\n\r\np\r\n")
        .contains("name=\"reference_id\"\r\n\r\nref-1\r\n")
        .contains("name=\"metadata\"\r\n\r\n{\"k\":\"v\"}\r\n")
        .contains("\u0001\u0002\u0003");
  }

  @Test
  void uploadsAndImportsAreNotRetried() {
    enqueue(503, error(503, "busy"));
    assertThatThrownBy(() -> client.files().upload(FileUpload.builder(new byte[1], "x").build()))
        .isInstanceOf(ServerException.class);
    enqueue(503, error(503, "busy"));
    assertThatThrownBy(() -> client.files().importFile(FileImport.builder("s3://b/k").build()))
        .isInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void importNeedsAnAbsoluteUri() {
    assertThatThrownBy(() -> FileImport.builder("car.jpg").build())
        .isInstanceOf(InvalidRequestException.class).hasMessageContaining("\"file_url\"");
  }

  @Test
  void teamCallsSendEmailsAndRole() throws Exception {
    enqueue(200, "[{\"email\":\"a@x.io\",\"role\":\"admin\",\"company\":\"X\"}]");
    assertThat(client.teams().invite(List.of("b@x.io"), TeamRole.LABELER))
        .singleElement().satisfies(m -> assertThat(m.company()).contains("X"));
    RecordedRequest r = take();
    assertThat(r.getUrl().encodedPath()).isEqualTo("/v1/teams/invite");
    assertThat(r.getBody().utf8()).isEqualTo("{\"emails\":[\"b@x.io\"],\"team_role\":\"labeler\"}");
  }
}
