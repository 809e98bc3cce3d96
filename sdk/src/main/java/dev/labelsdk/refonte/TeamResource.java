package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.TeamMember;
import dev.labelsdk.refonte.model.TeamRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The account's team: {@code client.teams()}. Every call is retried on connection failures,
 * 408, 429 and 5xx (inviting or setting a role twice has the same effect as once).
 */
public final class TeamResource {

  private final RefonteService service;
  private final ApiExecutor executor;

  TeamResource(RefonteService service, ApiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Every team member ({@code GET /v1/teams}). */
  public List<TeamMember> list() {
    return list(RequestOptions.none());
  }

  /** Every team member ({@code GET /v1/teams}). */
  public List<TeamMember> list(RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.listTeam(ApiExecutor.headers(merged)), merged,
        TeamResource::members);
  }

  /** Invites people; see {@link #invite(Collection, TeamRole, RequestOptions)}. */
  public List<TeamMember> invite(Collection<String> emails, TeamRole role) {
    return invite(emails, role, RequestOptions.none());
  }

  /**
   * Adds people to the team with {@code role} ({@code POST /v1/teams/invite}).
   *
   * @return the whole team afterwards
   */
  public List<TeamMember> invite(Collection<String> emails, TeamRole role,
      RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.inviteTeamMembers(body(emails, role),
        ApiExecutor.headers(merged)), merged, TeamResource::members);
  }

  /** Changes roles; see {@link #setRole(Collection, TeamRole, RequestOptions)}. */
  public List<TeamMember> setRole(Collection<String> emails, TeamRole role) {
    return setRole(emails, role, RequestOptions.none());
  }

  /**
   * Gives existing members {@code role} ({@code POST /v1/teams/set_role}); unknown addresses
   * are ignored.
   *
   * @return the whole team afterwards
   */
  public List<TeamMember> setRole(Collection<String> emails, TeamRole role,
      RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setTeamRole(body(emails, role),
        ApiExecutor.headers(merged)), merged, TeamResource::members);
  }

  private static ObjectNode body(Collection<String> emails, TeamRole role) {
    Objects.requireNonNull(role, "role");
    if (emails.isEmpty()) {
      throw new IllegalArgumentException("at least one e-mail address is required");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("emails");
    emails.forEach(e -> array.add(Objects.requireNonNull(e, "email")));
    body.put("team_role", role.value());
    return body;
  }

  private static List<TeamMember> members(JsonNode json) {
    if (!json.isArray()) {
      throw new IllegalArgumentException("team list must be a JSON array");
    }
    List<TeamMember> out = new ArrayList<>(json.size());
    json.forEach(m -> out.add(TeamMember.fromJson(m)));
    return Collections.unmodifiableList(out);
  }
}
