package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.labelsdk.core.JsonSupport;
import java.util.Map;

/**
 * Builds a {@code documenttranscription} task: transcribe the {@code features} (blocks, rows,
 * fields) of a document.
 *
 * <pre>{@code
 * CreateTaskRequest request = DocumentTranscription.builder()
 *     .attachment("https://example.com/invoice.pdf")
 *     .attachmentType("pdf")
 *     .feature(Map.of("type", "block", "label", "Invoice number"))
 *     .build();
 * }</pre>
 */
public final class DocumentTranscription {

  private DocumentTranscription() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of document transcription tasks; {@code attachment} is required. */
  public static final class Builder extends AttachmentTaskBuilder<Builder> {

    private final ArrayNode features = JsonSupport.newObject().arrayNode();

    private Builder() {
      super(TaskType.DOCUMENT_TRANSCRIPTION);
    }

    /** Adds one feature to transcribe (its {@code type}, {@code label} and options). */
    public Builder feature(Map<String, ?> feature) {
      features.add(JsonSupport.toTree(feature));
      request.param("features", features);
      return this;
    }
  }
}
