package dev.labelsdk.refonte.model;

import dev.labelsdk.core.JsonObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@code comparison} task: compare several attachments, answer {@code fields} and/or
 * pick one of {@code choices}.
 *
 * <pre>{@code
 * CreateTaskRequest request = Comparison.builder()
 *     .attachments("https://example.com/a.jpg", "https://example.com/b.jpg")
 *     .choices("same", "different")
 *     .field("difference", "What differs between the two images?")
 *     .build();
 * }</pre>
 */
public final class Comparison {

  private Comparison() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of comparison tasks; {@code attachments} is required. */
  public static final class Builder extends TaskRequestBuilder<Builder> {

    private final Map<String, String> fields = new LinkedHashMap<>();

    private Builder() {
      super(TaskType.COMPARISON);
    }

    /** The items to compare (URLs, or text with {@code attachmentType("text")}). */
    public Builder attachments(String... attachments) {
      return attachments(Arrays.asList(attachments));
    }

    /** Sets {@code attachments}. */
    public Builder attachments(List<String> attachments) {
      request.attachments(attachments);
      return this;
    }

    /** Sets {@code attachment_type}. */
    public Builder attachmentType(String attachmentType) {
      request.attachmentType(attachmentType);
      return this;
    }

    /** The answers to pick from. */
    public Builder choices(String... choices) {
      request.param("choices", Arrays.asList(choices));
      return this;
    }

    /** A free-text question, keyed by the name its answer gets in the response. */
    public Builder field(String key, String description) {
      fields.put(key, description);
      request.param("fields", JsonObject.of(fields));
      return this;
    }
  }
}
