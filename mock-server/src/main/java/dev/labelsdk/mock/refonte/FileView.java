package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A recorded file (spec §4.12): never its bytes, only what {@code /v1/files/upload} and
 * {@code /v1/files/import} answer. {@code referenceId} and {@code metadata} are null when not
 * given; {@code metadata} is the upload form field's text (a JSON string) or the import body's
 * JSON value.
 */
public record FileView(String id, String attachmentUrl, String mimetype, long size,
    List<String> projectNames, String referenceId, JsonNode metadata, long createdAt) {

  public FileView {
    projectNames = List.copyOf(projectNames);
  }
}
