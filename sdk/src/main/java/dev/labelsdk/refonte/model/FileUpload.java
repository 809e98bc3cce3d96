package dev.labelsdk.refonte.model;

import dev.labelsdk.core.Built;
import dev.labelsdk.core.CopyableBuilder;
import dev.labelsdk.core.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A file to upload ({@code POST /v1/files/upload}, multipart). Immutable.
 *
 * <pre>{@code
 * FileInfo file = client.files().upload(FileUpload.of(Path.of("car.jpg")));
 * client.tasks().create(Categorization.builder().attachment(file.attachmentUrl())...);
 * }</pre>
 */
public final class FileUpload extends Built<FileUpload.Builder> {

  private FileUpload(Builder b) {
    super(b);
  }

  /**
   * The file at {@code path}, read now, with its name and a media type guessed from it.
   *
   * @throws UncheckedIOException if it cannot be read
   */
  public static FileUpload of(Path path) {
    return builder(path).build();
  }

  /**
   * A builder for the file at {@code path} (read now).
   *
   * @throws UncheckedIOException if it cannot be read
   */
  public static Builder builder(Path path) {
    try {
      Builder b = new Builder(Files.readAllBytes(path), path.getFileName().toString());
      b.mediaType = Files.probeContentType(path);
      return b;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** A builder for {@code content} named {@code filename}. */
  public static Builder builder(byte[] content, String filename) {
    return new Builder(content.clone(), filename);
  }

  /** The bytes (a copy). */
  public byte[] content() {
    return values.content.clone();
  }

  /** The file name sent with the content. */
  public String filename() {
    return values.filename;
  }

  /** The media type sent, when known ({@code application/octet-stream} otherwise). */
  public Optional<String> mediaType() {
    return Optional.ofNullable(values.mediaType);
  }

  /** The project to attach the file to, when set. */
  public Optional<String> projectName() {
    return Optional.ofNullable(values.projectName);
  }

  /** Your reference for the file, when set. */
  public Optional<String> referenceId() {
    return Optional.ofNullable(values.referenceId);
  }

  /** Metadata sent (as JSON text), when set. */
  public Optional<JsonObject> metadata() {
    return Optional.ofNullable(values.metadata);
  }

  /** Builds a {@link FileUpload}. */
  public static final class Builder extends CopyableBuilder<Builder> {
    private final byte[] content;
    private final String filename;
    private String mediaType;
    private String projectName;
    private String referenceId;
    private JsonObject metadata;

    private Builder(byte[] content, String filename) {
      this.content = Objects.requireNonNull(content, "content");
      if (filename == null || filename.isBlank()) {
        throw new IllegalArgumentException("filename must not be blank");
      }
      this.filename = filename;
    }

    /** The media type, e.g. {@code image/jpeg}. */
    public Builder mediaType(String v) {
      mediaType = v;
      return this;
    }

    /** The project to attach the file to. */
    public Builder projectName(String v) {
      projectName = v;
      return this;
    }

    /** Your reference for the file. */
    public Builder referenceId(String v) {
      referenceId = v;
      return this;
    }

    /** Metadata to store with the file. */
    public Builder metadata(Map<String, ?> v) {
      metadata = v == null ? null : JsonObject.of(v);
      return this;
    }

    /** Builds the immutable FileUpload. */
    public FileUpload build() {
      return new FileUpload(this);
    }
  }
}
