package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.labelsdk.mock.common.Timestamps;
import java.net.URLConnection;
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

  /** {@code POST /v1/files/import}: {@code fileUrl} is required, the rest may be null. */
  public record ImportFile(String fileUrl, String projectName, String referenceId, JsonNode metadata) {}

  private static final Set<String> TEAM_ROLES = Set.of("member", "manager", "labeler");

  private final RefonteEngine engine;

  AccountOperations(RefonteEngine engine) {
    this.engine = engine;
  }

  /**
   * {@code POST /v1/files/upload}: {@code file} is the file part (null when missing, a 400);
   * the other form fields are optional.
   */
  public FileView upload(Caller caller, Upload file, String projectName, String referenceId,
      String metadata) {
    if (file == null) {
      throw RefonteError.invalidParameter("\"file\" is required");
    }
    String mimetype = file.contentType() != null ? file.contentType() : guessType(file.filename());
    return record(caller, mimetype, file.size(), projectName, referenceId,
        metadata == null ? null : TextNode.valueOf(metadata));
  }

  /** {@code POST /v1/files/import}: records the URL; nothing is downloaded. */
  public FileView importFile(Caller caller, ImportFile request) {
    String url = Limits.required(request.fileUrl(), "file_url");
    if (!Limits.isAbsoluteUri(url)) {
      throw RefonteError.invalidParameter("\"file_url\" must be a valid uri");
    }
    JsonNode metadata = request.metadata() == null || request.metadata().isNull() ? null : request.metadata();
    return record(caller, guessType(url), 0, request.projectName(), request.referenceId(), metadata);
  }

  private FileView record(Caller caller, String mimetype, long size, String projectName,
      String referenceId, JsonNode metadata) {
    Limits.storable(projectName, "project_name");
    Limits.storable(referenceId, "reference_id");
    Limits.storable(metadata, "metadata");
    long now = engine.clock.millis();
    String id = engine.ids.next(now, engine.nextSequence());
    FileView file = new FileView(id, "refontedata://files/" + id, mimetype, size,
        projectName == null ? List.of() : List.of(projectName), referenceId, metadata, now);
    TenantState s = caller.state;
    RefonteEngine.write(s, () -> s.files.add(stored(file)));
    return file;
  }

  /** A file as the tenant keeps it (and a snapshot holds it). */
  private static Map<String, Object> stored(FileView f) {
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("id", f.id());
    file.put("attachment_url", f.attachmentUrl());
    file.put("mimetype", f.mimetype());
    file.put("size", f.size());
    file.put("project_names", f.projectNames());
    if (f.referenceId() != null) {
      file.put("reference_id", f.referenceId());
    }
    if (f.metadata() != null) {
      file.put("metadata", f.metadata());
    }
    file.put("created_at", Timestamps.format(f.createdAt()));
    return file;
  }

  /** {@code GET /v1/teams}: always holds the tenant's own member. */
  public List<TeamMember> team(Caller caller) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> team(s));
  }

  /** {@code POST /v1/teams/invite}: adds members with {@code role}. */
  public List<TeamMember> invite(Caller caller, List<String> emails, String role) {
    return changeTeam(caller, emails, role, true);
  }

  /** {@code POST /v1/teams/set_role}: changes the role of known members; others are ignored. */
  public List<TeamMember> setRole(Caller caller, List<String> emails, String role) {
    return changeTeam(caller, emails, role, false);
  }

  private List<TeamMember> changeTeam(Caller caller, List<String> emails, String role,
      boolean addMissing) {
    if (emails == null || emails.isEmpty()) {
      throw RefonteError.invalidParameter("\"emails\" must be a non-empty array of strings");
    }
    for (String e : emails) {
      if (e == null || !e.contains("@")) {
        throw RefonteError.invalidParameter("\"emails\" must contain e-mail addresses (got "
            + (e == null ? "null" : TextNode.valueOf(e)) + ")");
      }
      Limits.storable(e, "emails");
    }
    Limits.required(role, "team_role");
    if (!TEAM_ROLES.contains(role)) {
      throw RefonteError.invalidParameter("\"team_role\" must be one of member, manager, labeler");
    }
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      for (String email : emails) {
        if (addMissing || s.team.containsKey(email)) {
          s.team.put(email, new TenantState.Member(email, role));
        }
      }
      return team(s);
    });
  }

  private static List<TeamMember> team(TenantState s) {
    return s.team.values().stream().map(m -> new TeamMember(m.email(), m.role())).toList();
  }

  private static String guessType(String name) {
    String guess = name == null ? null : URLConnection.guessContentTypeFromName(name);
    return guess == null ? "application/octet-stream" : guess;
  }
}
