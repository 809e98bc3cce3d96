package dev.labelsdk.refonte.model;

import dev.labelsdk.core.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Builds a {@code transcription} task: read named fields off an attachment (a receipt, a web
 * page, ...).
 *
 * <pre>{@code
 * CreateTaskRequest request = Transcription.builder()
 *     .attachment("https://example.com/receipt.jpg")
 *     .field("total", "The total amount paid")
 *     .field("date", "The purchase date")
 *     .build();
 * }</pre>
 */
public final class Transcription {

  private Transcription() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of transcription tasks; {@code attachment} is required. */
  public static final class Builder extends AttachmentTaskBuilder<Builder> {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private Builder() {
      super(TaskType.TRANSCRIPTION);
    }

    /** A value to transcribe, keyed by the name it gets in the response. */
    public Builder field(String key, String description) {
      fields.put(key, description);
      request.param("fields", JsonObject.of(fields));
      return this;
    }
  }
}
