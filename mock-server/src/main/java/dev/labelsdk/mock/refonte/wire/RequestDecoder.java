package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.refonte.AccountOperations;
import dev.labelsdk.mock.refonte.BatchOperations;
import dev.labelsdk.mock.refonte.CreateTask;
import dev.labelsdk.mock.refonte.Limits;
import dev.labelsdk.mock.refonte.ProjectOperations;
import dev.labelsdk.mock.refonte.RefonteError;
import dev.labelsdk.mock.refonte.ReviewStatus;
import dev.labelsdk.mock.refonte.TaskTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Request bodies as the engine's typed requests (spec §4). Each body is read field by field in
 * the order the API checks them, so the first problem named is the API's; the engine then checks
 * the values again (they may come from Java).
 */
final class RequestDecoder {

  /** Create fields that become top-level task fields; everything else goes into params. */
  static final Set<String> TOP_LEVEL =
      Set.of(
          "instruction", "callback_url", "metadata", "tags", "unique_id",
          "clear_unique_id_on_error", "project", "batch");

  /** {@code POST /v1/task/{id}/unique_id}. */
  record UniqueId(String uniqueId, Boolean clearOnError) {}

  /** {@code POST /v1/task/{id}/audit}. */
  record Audit(boolean accepted, String comments) {}

  /** {@code POST /v1/projects/{name}/setParams}. */
  record Params(ObjectNode params, boolean patch) {}

  /** {@code POST /v1/teams/invite} and {@code /v1/teams/set_role}. */
  record TeamChange(List<String> emails, String role) {}

  /** {@code POST /__admin/refonte/tasks/{id}/complete}. */
  record Completion(ObjectNode response, ReviewStatus reviewStatus) {}

  private RequestDecoder() {}

  /** {@code POST /v1/task/{type}}: the type is checked first, then the body (spec §4.2). */
  static CreateTask createTask(String type, JsonNode body) {
    if (TaskTypes.canonical(type) == null) {
      throw RefonteError.invalid("Unknown task type \"" + type + "\".");
    }
    ObjectNode fields = BodyFields.object(body);
    String instruction = BodyFields.optionalString(fields, "instruction", false);
    String callbackUrl = BodyFields.optionalString(fields, "callback_url", false);
    ObjectNode metadata = Limits.metadata(fields.get("metadata"), "metadata");
    List<String> tags = BodyFields.present(fields, "tags") ? Limits.tags(tags(fields.get("tags")), "tags") : null;
    String uniqueId = BodyFields.optionalString(fields, "unique_id", true);
    boolean clearOnError = BodyFields.optionalBoolean(fields, "clear_unique_id_on_error");
    String project = BodyFields.optionalString(fields, "project", true);
    String batch = BodyFields.optionalString(fields, "batch", true);
    ObjectNode params = fields.deepCopy();
    params.remove(TOP_LEVEL);
    return new CreateTask(TaskTypes.canonical(type), instruction, callbackUrl, metadata, tags,
        uniqueId, clearOnError, project, batch, params);
  }

  /** A metadata body: an object of at most 10 KB; none (or {@code null}) is {}. */
  static ObjectNode metadata(JsonNode body) {
    return Limits.metadata(body, "metadata");
  }

  static UniqueId uniqueId(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.invalidParameter("the body must be an object with \"unique_id\"");
    }
    JsonNode value = body.get("unique_id");
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw RefonteError.invalidParameter("\"unique_id\" must be a non-empty string");
    }
    JsonNode flag = body.get("clear_unique_id_on_error");
    if (flag != null && !flag.isNull() && !flag.isBoolean()) {
      throw RefonteError.invalidParameter("\"clear_unique_id_on_error\" must be a boolean");
    }
    return new UniqueId(value.asText(), flag == null || flag.isNull() ? null : flag.asBoolean());
  }

  /**
   * A tags body: an array of non-blank strings, duplicates collapsed; with {@code emptyIsAll},
   * no body is null (remove all).
   */
  static List<String> tagChange(JsonNode body, boolean emptyIsAll) {
    return emptyIsAll && (body == null || body.isNull()) ? null : tags(body);
  }

  /** An array of non-blank strings (duplicates kept: the engine collapses them). */
  private static List<String> tags(JsonNode node) {
    if (node == null || !node.isArray()) {
      throw RefonteError.invalidParameter("\"tags\" must be an array of strings");
    }
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : node) {
      if (!tag.isTextual() || tag.asText().isBlank()) {
        throw Limits.blankTag("tags", tag);
      }
      tags.add(tag.asText());
    }
    return tags;
  }

  static Audit audit(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.invalidParameter("the body must be an object with \"accepted\"");
    }
    JsonNode accepted = body.get("accepted");
    if (accepted == null || !accepted.isBoolean()) {
      throw RefonteError.invalidParameter("\"accepted\" is required and must be a boolean");
    }
    JsonNode comments = body.get("comments");
    if (comments != null && !comments.isNull() && !comments.isTextual()) {
      throw RefonteError.invalidParameter("\"comments\" must be a string or null");
    }
    return new Audit(accepted.asBoolean(), comments == null || comments.isNull() ? null : comments.asText());
  }

  static BatchOperations.CreateBatch createBatch(JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String project = BodyFields.requiredString(fields, "project");
    String name = BodyFields.requiredString(fields, "name");
    String callback = BodyFields.optionalString(fields, "callback", false);
    boolean calibration = BodyFields.optionalBoolean(fields, "calibration_batch");
    boolean selfLabel = BodyFields.optionalBoolean(fields, "self_label_batch");
    ObjectNode metadata = Limits.metadata(fields.get("metadata"), "metadata");
    return new BatchOperations.CreateBatch(project, name, callback, calibration, selfLabel, metadata);
  }

  static ProjectOperations.CreateProject createProject(JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String type = BodyFields.requiredString(fields, "type");
    if (TaskTypes.canonical(type) == null) {
      throw RefonteError.invalid("Unknown task type \"" + type + "\".");
    }
    String name = BodyFields.requiredString(fields, "name");
    JsonNode params = fields.get("params");
    if (params != null && !params.isNull() && !params.isObject()) {
      throw RefonteError.invalidParameter("\"params\" must be an object or null");
    }
    boolean rapid = BodyFields.optionalBoolean(fields, "rapid");
    boolean studio = BodyFields.optionalBoolean(fields, "studio");
    return new ProjectOperations.CreateProject(type, name,
        params == null || params.isNull() ? null : (ObjectNode) params, rapid, studio);
  }

  /** The params of a history entry, with {@code patch} taken out of them. */
  static Params params(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.invalidParameter("the body must be a JSON object");
    }
    ObjectNode params = ((ObjectNode) body).deepCopy();
    JsonNode patch = params.remove("patch");
    if (patch != null && !patch.isNull() && !patch.isBoolean()) {
      throw RefonteError.invalidParameter("\"patch\" must be a boolean");
    }
    return new Params(params, patch != null && patch.asBoolean(false));
  }

  static AccountOperations.ImportFile importFile(JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String url = BodyFields.requiredString(fields, "file_url");
    if (!Limits.isAbsoluteUri(url)) {
      throw RefonteError.invalidParameter("\"file_url\" must be a valid uri");
    }
    String projectName = BodyFields.optionalString(fields, "project_name", true);
    String referenceId = BodyFields.optionalString(fields, "reference_id", false);
    return new AccountOperations.ImportFile(url, projectName, referenceId, fields.get("metadata"));
  }

  static TeamChange teamChange(JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    JsonNode emails = fields.get("emails");
    if (emails == null || !emails.isArray() || emails.isEmpty()) {
      throw RefonteError.invalidParameter("\"emails\" must be a non-empty array of strings");
    }
    List<String> list = new ArrayList<>();
    for (JsonNode e : emails) {
      if (!e.isTextual() || !e.asText().contains("@")) {
        throw RefonteError.invalidParameter("\"emails\" must contain e-mail addresses (got " + e + ")");
      }
      list.add(e.asText());
    }
    return new TeamChange(list, BodyFields.requiredString(fields, "team_role"));
  }

  static Completion completion(JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    ObjectNode response = optionalObject(fields, "response");
    String review = BodyFields.optionalString(fields, "customer_review_status", true);
    ReviewStatus reviewStatus = review == null ? null : ReviewStatus.fromWire(review);
    if (review != null && reviewStatus == null) {
      throw RefonteError.invalid("Unknown customer_review_status \"" + review + "\".");
    }
    return new Completion(response, reviewStatus);
  }

  /** The {@code message} of an error transition, or null. */
  static String errorMessage(JsonNode body) {
    return BodyFields.optionalString(BodyFields.object(body), "message", false);
  }

  /** The {@code response} of a redo, or null to keep the old one. */
  static ObjectNode redoResponse(JsonNode body) {
    return optionalObject(BodyFields.object(body), "response");
  }

  private static ObjectNode optionalObject(ObjectNode fields, String name) {
    if (!BodyFields.present(fields, name)) {
      return null;
    }
    if (!fields.get(name).isObject()) {
      throw RefonteError.invalidParameter("\"" + name + "\" must be an object");
    }
    return (ObjectNode) fields.get(name);
  }
}
