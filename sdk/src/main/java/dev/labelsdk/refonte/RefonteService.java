package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Endpoints;
import java.util.List;
import java.util.Map;
import okhttp3.Call;
import okhttp3.MultipartBody;

/**
 * The Refonte v1 wire contract (spec §4), each route the call of one attempt given that
 * attempt's headers. Paths are relative to the base URL ({@code .../v1/}); path values are
 * percent-encoded per segment, so a {@code /} in a name becomes {@code %2F}. Request bodies are
 * JSON; answers are read by {@code CallExecutor} as raw bytes, once, so that the client can
 * report malformed bodies and errors with status, raw text and request id. A {@code null}
 * query value is left out.
 */
final class RefonteService {

  private final Endpoints api;

  RefonteService(Endpoints api) {
    this.api = api;
  }

  Call createTask(String type, JsonNode body, Map<String, String> headers) {
    return api.post("task/{}", type).json(body).call(headers);
  }

  Call getTask(String id, Map<String, String> headers) {
    return api.get("task/{}", id).call(headers);
  }

  Call listTasks(String startTime, String endTime, String completedAfter,
      String completedBefore, String updatedAfter, String updatedBefore, String status,
      String type, String project, String batch, List<String> tags, List<String> uniqueIds,
      String customerReviewStatus, Integer limit, Boolean includeAttachmentUrl,
      Boolean limitedResponse, String nextToken, Map<String, String> headers) {
    return api.get("tasks")
        .query("start_time", startTime)
        .query("end_time", endTime)
        .query("completed_after", completedAfter)
        .query("completed_before", completedBefore)
        .query("updated_after", updatedAfter)
        .query("updated_before", updatedBefore)
        .query("status", status)
        .query("type", type)
        .query("project", project)
        .query("batch", batch)
        .query("tags", tags)
        .query("unique_id", uniqueIds)
        .query("customer_review_status", customerReviewStatus)
        .query("limit", limit)
        .query("include_attachment_url", includeAttachmentUrl)
        .query("limited_response", limitedResponse)
        .query("next_token", nextToken)
        .call(headers);
  }

  Call cancelTask(String id, Boolean clearUniqueId, Map<String, String> headers) {
    return api.post("task/{}/cancel", id).query("clear_unique_id", clearUniqueId)
        .call(headers);
  }

  Call setTaskMetadata(String id, JsonNode metadata, Map<String, String> headers) {
    return api.post("task/{}/setMetadata", id).json(metadata).call(headers);
  }

  Call setUniqueId(String id, JsonNode body, Map<String, String> headers) {
    return api.post("task/{}/unique_id", id).json(body).call(headers);
  }

  Call clearUniqueId(String id, Map<String, String> headers) {
    return api.delete("task/{}/unique_id", id).call(headers);
  }

  Call setTags(String id, List<String> tags, Map<String, String> headers) {
    return api.post("task/{}/tags", id).json(tags).call(headers);
  }

  Call addTags(String id, List<String> tags, Map<String, String> headers) {
    return api.put("task/{}/tags", id).json(tags).call(headers);
  }

  Call deleteTags(String id, List<String> tags, Map<String, String> headers) {
    return api.delete("task/{}/tags", id).json(tags).call(headers);
  }

  Call audit(String id, JsonNode body, Map<String, String> headers) {
    return api.post("task/{}/audit", id).json(body).call(headers);
  }

  Call createBatch(JsonNode body, Map<String, String> headers) {
    return api.post("batches").json(body).call(headers);
  }

  Call listBatches(String project, String status, String startTime, String endTime,
      Boolean excludeArchived, Integer limit, Integer offset, Map<String, String> headers) {
    return api.get("batches")
        .query("project", project)
        .query("status", status)
        .query("start_time", startTime)
        .query("end_time", endTime)
        .query("exclude_archived", excludeArchived)
        .query("limit", limit)
        .query("offset", offset)
        .call(headers);
  }

  Call getBatch(String name, Map<String, String> headers) {
    return api.get("batches/{}", name).call(headers);
  }

  Call batchStatus(String name, Map<String, String> headers) {
    return api.get("batches/{}/status", name).call(headers);
  }

  Call finalizeBatch(String name, Map<String, String> headers) {
    return api.post("batches/{}/finalize", name).call(headers);
  }

  Call setBatchMetadata(String name, JsonNode metadata, Map<String, String> headers) {
    return api.post("batches/{}/setMetadata", name).json(metadata).call(headers);
  }

  Call createProject(JsonNode body, Map<String, String> headers) {
    return api.post("projects").json(body).call(headers);
  }

  Call listProjects(Boolean archived, Map<String, String> headers) {
    return api.get("projects").query("archived", archived).call(headers);
  }

  Call getProject(String name, Map<String, String> headers) {
    return api.get("projects/{}", name).call(headers);
  }

  Call setProjectParams(String name, JsonNode params, Map<String, String> headers) {
    return api.post("projects/{}/setParams", name).json(params).call(headers);
  }

  /** The body is a multipart/form-data body built by the caller (file plus form fields). */
  Call uploadFile(MultipartBody body, Map<String, String> headers) {
    return api.post("files/upload").body(body).call(headers);
  }

  Call importFile(JsonNode body, Map<String, String> headers) {
    return api.post("files/import").json(body).call(headers);
  }

  Call listTeam(Map<String, String> headers) {
    return api.get("teams").call(headers);
  }

  Call inviteTeamMembers(JsonNode body, Map<String, String> headers) {
    return api.post("teams/invite").json(body).call(headers);
  }

  Call setTeamRole(JsonNode body, Map<String, String> headers) {
    return api.post("teams/set_role").json(body).call(headers);
  }
}
