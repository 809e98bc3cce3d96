package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One annotation of a PostAnnotations or PatchAnnotations request, decoded: {@code data} is
 * normalized JSON or null when absent, {@code status} null when absent, {@code taskId} the
 * linked task ({@code task_id}, else {@code annotation_info.task_id}) or null.
 */
public record AnnotationSpec(String id, String inputId, JsonNode data, StatusCode status,
    String taskId, JsonNode annotationInfo) {}
