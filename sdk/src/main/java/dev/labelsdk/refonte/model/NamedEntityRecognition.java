package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;

/**
 * Builds a {@code namedentityrecognition} task: mark the spans of {@code text} that are
 * entities of the given labels. No attachment is needed.
 *
 * <pre>{@code
 * CreateTaskRequest request = NamedEntityRecognition.builder()
 *     .text("Ada Lovelace was born in London.")
 *     .label("PERSON", "A person's name")
 *     .label("LOCATION")
 *     .build();
 * }</pre>
 */
public final class NamedEntityRecognition {

  private NamedEntityRecognition() {}

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder of NER tasks; {@code text} and at least one named label are required. */
  public static final class Builder extends TaskRequestBuilder<Builder> {

    private final ArrayNode labels = JsonSupport.newObject().arrayNode();

    private Builder() {
      super(TaskType.NAMED_ENTITY_RECOGNITION);
    }

    /** The text to label. */
    public Builder text(String text) {
      request.param("text", text);
      return this;
    }

    /** A label without description. */
    public Builder label(String name) {
      return label(name, null);
    }

    /** A label with a description shown to labelers. */
    public Builder label(String name, String description) {
      ObjectNode label = labels.addObject();
      if (name != null) {
        label.put("name", name);
      }
      if (description != null) {
        label.put("description", description);
      }
      request.param("labels", labels);
      return this;
    }
  }
}
