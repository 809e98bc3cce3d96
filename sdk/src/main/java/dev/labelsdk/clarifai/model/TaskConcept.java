package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import java.util.Objects;

/**
 * A concept a task asks its workers to label, with its auto-annotation settings if any.
 *
 * @param concept the concept (its id, and the name the server echoes)
 * @param autoAnnotationConfig settings for model-assisted labeling ({@code {}} when none)
 */
@ProtoMessage
@JsonDeserialize(builder = TaskConcept.Reader.class)
public record TaskConcept(@JsonProperty("concept") Concept concept,
    @JsonProperty("auto_annotation_config") JsonObject autoAnnotationConfig) {

  /** Validates the components; absent settings are {@code {}}. */
  public TaskConcept {
    if (concept == null) {
      throw new IllegalArgumentException("task concept: \"concept\" is missing");
    }
    autoAnnotationConfig = Objects.requireNonNullElse(autoAnnotationConfig, JsonObject.empty());
  }

  /** Reads a task concept. A Jackson builder (see {@link Task}). */
  @JsonPOJOBuilder(buildMethodName = "taskConcept")
  static final class Reader {
    @JsonProperty("concept") private Concept concept;
    @JsonProperty("auto_annotation_config") private JsonObject autoAnnotationConfig;

    TaskConcept taskConcept() {
      return new TaskConcept(concept, autoAnnotationConfig);
    }
  }

  /** A concept by id. */
  public static TaskConcept of(String conceptId) {
    return new TaskConcept(Concept.of(conceptId), JsonObject.empty());
  }

  /** Parses a TaskConcept. */
  public static TaskConcept fromJson(JsonNode json) {
    return JsonSupport.convert(json, TaskConcept.class);
  }

  /** The concept's id. */
  public String id() {
    return concept.id();
  }

  /** {@code {"concept": {...}, "auto_annotation_config": {...}}}. */
  public ObjectNode toJson() {
    return JsonSupport.toJson(this);
  }
}
