package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.Timestamps;
import java.net.URLConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Files and team members (spec §4.12), kept minimal: a file is recorded (never its bytes) and
 * gets an {@code attachment_url} that passes the attachment URI rule.
 */
public final class AccountOperations {

  /** An uploaded file part as the transport read it. */
  public record Upload(String filename, String contentType, long size) {}

  private static final Set<String> TEAM_ROLES = Set.of("member", "manager", "labeler");

  private final RefonteEngine engine;

  AccountOperations(RefonteEngine engine) {
    this.engine = engine;
  }

  /**
   * {@code POST /v1/files/upload}: {@code file} is the file part (null when missing, a 400);
   * the other form fields are optional.
   */
  public byte[] upload(Caller caller, Upload file, String projectName, String referenceId,
      String metadata) {
    if (file == null) {
      throw RefonteError.invalidParameter("\"file\" is required");
    }
    String mimetype = file.contentType() != null ? file.contentType() : guessType(file.filename());
    return record(caller, mimetype, file.size(), projectName, referenceId, metadata);
  }

  /** {@code POST /v1/files/import}: records the URL; nothing is downloaded. */
  public byte[] importFile(Caller caller, JsonNode body) {
    ObjectNode fields = BodyFields.object(body);
    String url = BodyFields.requiredString(fields, "file_url");
    if (!TaskCreateValidator.isAbsoluteUri(url)) {
      throw RefonteError.invalidParameter("\"file_url\" must be a valid uri");
    }
    String projectName = BodyFields.optionalString(fields, "project_name", true);
    String referenceId = BodyFields.optionalString(fields, "reference_id", false);
    JsonNode metadata = fields.get("metadata");
    return record(caller, guessType(url), 0, projectName, referenceId,
        metadata == null || metadata.isNull() ? null : metadata);
  }

  /** Records a file; {@code metadata} is the form field's text or the import body's JSON. */
  private byte[] record(Caller caller, String mimetype, long size, String projectName,
      String referenceId, Object metadata) {
    long now = engine.clock.millis();
    String id = engine.ids.next(now, engine.nextSequence());
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("id", id);
    file.put("attachment_url", "refontedata://files/" + id);
    file.put("mimetype", mimetype);
    file.put("size", size);
    file.put("project_names", projectName == null ? List.of() : List.of(projectName));
    if (referenceId != null) {
      file.put("reference_id", referenceId);
    }
    if (metadata != null) {
      file.put("metadata", metadata);
    }
    file.put("created_at", Timestamps.format(now));
    TenantState s = caller.state;
    RefonteEngine.write(s, () -> s.files.add(file));
    return Json.write(g -> g.writeObject(file));
  }

  /** {@code GET /v1/teams}: always holds the tenant's own member. */
  public byte[] team(Caller caller) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> renderTeam(s));
  }

  /** {@code POST /v1/teams/invite}: adds members with {@code team_role}. */
  public byte[] invite(Caller caller, JsonNode body) {
    return changeTeam(caller, body, true);
  }

  /** {@code POST /v1/teams/set_role}: changes the role of known members; others are ignored. */
  public byte[] setRole(Caller caller, JsonNode body) {
    return changeTeam(caller, body, false);
  }

  private byte[] changeTeam(Caller caller, JsonNode body, boolean addMissing) {
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
    String role = BodyFields.requiredString(fields, "team_role");
    if (!TEAM_ROLES.contains(role)) {
      throw RefonteError.invalidParameter("\"team_role\" must be one of member, manager, labeler");
    }
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      for (String email : list) {
        if (addMissing || s.team.containsKey(email)) {
          s.team.put(email, new TenantState.Member(email, role));
        }
      }
      return renderTeam(s);
    });
  }

  private static byte[] renderTeam(TenantState s) {
    return Json.write(g -> {
      g.writeStartArray();
      for (TenantState.Member m : s.team.values()) {
        g.writeStartObject();
        g.writeStringField("email", m.email());
        g.writeStringField("role", m.role());
        g.writeStringField("company", "Refonte mock");
        g.writeEndObject();
      }
      g.writeEndArray();
    });
  }

  private static String guessType(String name) {
    String guess = name == null ? null : URLConnection.guessContentTypeFromName(name);
    return guess == null ? "application/octet-stream" : guess;
  }
}
