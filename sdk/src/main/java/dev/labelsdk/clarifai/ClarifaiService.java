package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Endpoints;
import java.util.List;
import java.util.Map;
import okhttp3.Call;

/**
 * The Clarifai v2 routes the SDK uses (spec §1), each the call of one attempt given that
 * attempt's headers. Paths are relative to the app's base ({@code .../v2/users/{user_id}/apps/{app_id}/},
 * or {@code .../v2/} for an app key without an app id); path values are percent-encoded per
 * segment. A list query value becomes repeated keys ({@code ids=a&ids=b}), which the official
 * Java client cannot send; a null value is left out. Bodies are JSON trees; answers are read by
 * {@code CallExecutor} as raw bytes, once, so that errors keep their body.
 */
final class ClarifaiService {

  private final Endpoints api;

  ClarifaiService(Endpoints api) {
    this.api = api;
  }

  Call postTasks(JsonNode body, Map<String, String> headers) {
    return api.post("tasks").json(body).call(headers);
  }

  Call getTask(String taskId, List<String> additionalFields, Map<String, String> headers) {
    return api.get("tasks/{}", taskId).query("additional_fields", additionalFields).call(headers);
  }

  Call listTasks(Integer page, Integer perPage, List<String> workerUserIds,
      List<String> reviewUserIds, List<String> ids, String inputSourceType,
      List<String> inputSourceIds, List<String> labelOrderIds, Boolean includingLabelOrderTasks,
      List<String> additionalFields, Map<String, String> headers) {
    return api.get("tasks")
        .query("page", page)
        .query("per_page", perPage)
        .query("worker_user_ids", workerUserIds)
        .query("review_user_ids", reviewUserIds)
        .query("ids", ids)
        .query("input_source_type", inputSourceType)
        .query("input_source_ids", inputSourceIds)
        .query("label_order_ids", labelOrderIds)
        .query("including_label_order_tasks", includingLabelOrderTasks)
        .query("additional_fields", additionalFields)
        .call(headers);
  }

  Call patchTasks(JsonNode body, Map<String, String> headers) {
    return api.patch("tasks").json(body).call(headers);
  }

  Call deleteTasks(JsonNode body, Map<String, String> headers) {
    return api.delete("tasks").json(body).call(headers);
  }

  Call taskAnnotationCount(String taskId, List<String> userIds, Map<String, String> headers) {
    return api.get("tasks/{}/annotations/count", taskId).query("user_ids", userIds)
        .call(headers);
  }

  Call taskInputCount(String taskId, List<String> userIds, Map<String, String> headers) {
    return api.get("tasks/{}/inputs/count", taskId).query("user_ids", userIds).call(headers);
  }

  Call putTaskAssignments(String taskId, JsonNode body, Map<String, String> headers) {
    return api.put("tasks/{}/assignments", taskId).json(body).call(headers);
  }

  Call listNextTaskAssignments(String taskId, Map<String, String> headers) {
    return api.get("tasks/{}/assignments", taskId).call(headers);
  }

  Call postInputs(JsonNode body, Map<String, String> headers) {
    return api.post("inputs").json(body).call(headers);
  }

  Call listInputs(Integer page, Integer perPage, Map<String, String> headers) {
    return numbered(api.get("inputs"), page, perPage, headers);
  }

  Call getInput(String inputId, Map<String, String> headers) {
    return api.get("inputs/{}", inputId).call(headers);
  }

  Call deleteInputs(JsonNode body, Map<String, String> headers) {
    return api.delete("inputs").json(body).call(headers);
  }

  Call postDatasets(JsonNode body, Map<String, String> headers) {
    return api.post("datasets").json(body).call(headers);
  }

  Call listDatasets(Integer page, Integer perPage, Map<String, String> headers) {
    return numbered(api.get("datasets"), page, perPage, headers);
  }

  Call getDataset(String datasetId, Map<String, String> headers) {
    return api.get("datasets/{}", datasetId).call(headers);
  }

  Call postDatasetInputs(String datasetId, JsonNode body, Map<String, String> headers) {
    return api.post("datasets/{}/inputs", datasetId).json(body).call(headers);
  }

  Call listDatasetInputs(String datasetId, Integer page, Integer perPage,
      Map<String, String> headers) {
    return numbered(api.get("datasets/{}/inputs", datasetId), page, perPage, headers);
  }

  Call deleteDatasetInputs(String datasetId, JsonNode body, Map<String, String> headers) {
    return api.delete("datasets/{}/inputs", datasetId).json(body).call(headers);
  }

  Call postSearches(JsonNode body, Map<String, String> headers) {
    return api.post("searches").json(body).call(headers);
  }

  Call listSearches(Integer page, Integer perPage, Map<String, String> headers) {
    return numbered(api.get("searches"), page, perPage, headers);
  }

  Call getSearch(String searchId, Map<String, String> headers) {
    return api.get("searches/{}", searchId).call(headers);
  }

  Call postConcepts(JsonNode body, Map<String, String> headers) {
    return api.post("concepts").json(body).call(headers);
  }

  Call listConcepts(Integer page, Integer perPage, Map<String, String> headers) {
    return numbered(api.get("concepts"), page, perPage, headers);
  }

  Call getConcept(String conceptId, Map<String, String> headers) {
    return api.get("concepts/{}", conceptId).call(headers);
  }

  Call postAnnotations(JsonNode body, Map<String, String> headers) {
    return api.post("annotations").json(body).call(headers);
  }

  Call patchAnnotations(JsonNode body, Map<String, String> headers) {
    return api.patch("annotations").json(body).call(headers);
  }

  Call listAnnotations(List<String> ids, List<String> inputIds, List<String> userIds,
      List<String> statusCodes, String taskId, Boolean listAllAnnotations, Integer page,
      Integer perPage, Map<String, String> headers) {
    return api.get("annotations")
        .query("ids", ids)
        .query("input_ids", inputIds)
        .query("user_ids", userIds)
        .query("statuses.code", statusCodes)
        .query("task_id", taskId)
        .query("list_all_annotations", listAllAnnotations)
        .query("page", page)
        .query("per_page", perPage)
        .call(headers);
  }

  Call getAnnotation(String inputId, String annotationId, Map<String, String> headers) {
    return api.get("inputs/{}/annotations/{}", inputId, annotationId).call(headers);
  }

  Call deleteAnnotations(JsonNode body, Map<String, String> headers) {
    return api.delete("annotations").json(body).call(headers);
  }

  /** One page of a numbered listing: {@code page}, then {@code per_page}. */
  private static Call numbered(Endpoints.RequestBuilder listing, Integer page, Integer perPage,
      Map<String, String> headers) {
    return listing.query("page", page).query("per_page", perPage).call(headers);
  }
}
