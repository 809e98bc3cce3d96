package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
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
public record TaskConcept(Concept concept, JsonObject autoAnnotationConfig) {

  /** Validates the components. */
  public TaskConcept {
    Objects.requireNonNull(concept, "concept");
    Objects.requireNonNull(autoAnnotationConfig, "autoAnnotationConfig");
  }

  /** A concept by id. */
  public static TaskConcept of(String conceptId) {
    return new TaskConcept(Concept.of(conceptId), JsonObject.empty());
  }

  /** Parses a TaskConcept. */
  public static TaskConcept fromJson(JsonNode json) {
    Wire w = Wire.of(json, "task concept");
    ObjectNode concept = w.object("concept");
    if (concept == null) {
      throw new IllegalArgumentException("task concept: \"concept\" is missing");
    }
    return new TaskConcept(Concept.fromJson(concept), w.struct("auto_annotation_config"));
  }

  /** The concept's id. */
  public String id() {
    return concept.id();
  }

  /** {@code {"concept": {...}, "auto_annotation_config": {...}}}. */
  public ObjectNode toJson() {
    ObjectNode o = JsonSupport.newObject();
    o.set("concept", concept.toJson());
    if (!autoAnnotationConfig.isEmpty()) {
      o.set("auto_annotation_config", autoAnnotationConfig.toNode());
    }
    return o;
  }
}
