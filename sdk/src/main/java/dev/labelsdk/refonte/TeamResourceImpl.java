package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.TeamMember;
import dev.labelsdk.refonte.model.TeamRole;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The {@link TeamResource} that calls the API. */
final class TeamResourceImpl extends RefonteResource<TeamResource> implements TeamResource {

  /** The decoder of every team answer, sync or async. */
  static final Decoder<List<TeamMember>> MEMBERS = Decoder.tree(TeamResourceImpl::members);

  TeamResourceImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, TeamResourceImpl::new);
  }

  @Override
  public List<TeamMember> list(RequestOptions options) {
    return retryable(options, service::listTeam, MEMBERS);
  }

  @Override
  public List<TeamMember> invite(Collection<String> emails, TeamRole role,
      RequestOptions options) {
    ObjectNode body = body(emails, role);
    return retryable(options, headers -> service.inviteTeamMembers(body, headers), MEMBERS);
  }

  @Override
  public List<TeamMember> setRole(Collection<String> emails, TeamRole role,
      RequestOptions options) {
    ObjectNode body = body(emails, role);
    return retryable(options, headers -> service.setTeamRole(body, headers), MEMBERS);
  }

  /** The body of an invite or role change, validated before anything is sent. */
  static ObjectNode body(Collection<String> emails, TeamRole role) {
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
