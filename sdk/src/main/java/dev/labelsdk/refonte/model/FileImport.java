package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.util.List;
import java.util.Map;

/**
 * A file to import from a URL ({@code POST /v1/files/import}). Immutable.
 *
 * <pre>{@code
 * client.files().importFile(FileImport.builder("s3://bucket/car.jpg").projectName("cars").build());
 * }</pre>
 */
public final class FileImport {

  private final ObjectNode body;

  private FileImport(ObjectNode body) {
    this.body = body;
  }

  /** A builder importing {@code fileUrl} (an absolute URI). */
  public static Builder builder(String fileUrl) {
    return new Builder(fileUrl);
  }

  /** The JSON body sent (a copy). */
  public ObjectNode toJson() {
    return body.deepCopy();
  }

  /** Builds a {@link FileImport}. */
  public static final class Builder {
    private final ObjectNode body = JsonSupport.newObject();

    private Builder(String fileUrl) {
      if (fileUrl != null) {
        body.put("file_url", fileUrl);
      }
    }

    /** The project to attach the file to. */
    public Builder projectName(String v) {
      return put("project_name", v);
    }

    /** Your reference for the file. */
    public Builder referenceId(String v) {
      return put("reference_id", v);
    }

    /** Metadata to store with the file. */
    public Builder metadata(Map<String, ?> v) {
      body.set("metadata", JsonObject.of(v).toNode());
      return this;
    }

    private Builder put(String key, String value) {
      Bodies.set(body, key, value);
      return this;
    }

    /** @throws InvalidRequestException if the URL is missing or not an absolute URI */
    public FileImport build() {
      String url = body.path("file_url").asText("");
      if (!TaskRequestRules.isAbsoluteUri(url)) {
        throw new InvalidRequestException("file import", List.of("\"file_url\" must be an"
            + " absolute URI such as https://example.com/a.jpg or s3://bucket/key, but was \""
            + url + "\""));
      }
      return new FileImport(body.deepCopy());
    }
  }
}
