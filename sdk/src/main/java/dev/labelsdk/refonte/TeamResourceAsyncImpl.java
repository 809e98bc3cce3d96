package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.TeamMember;
import dev.labelsdk.refonte.model.TeamRole;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The {@link TeamResourceAsync} that calls the API; shares its calls with the sync one. */
final class TeamResourceAsyncImpl extends RefonteResource<TeamResourceAsync>
    implements TeamResourceAsync {

  TeamResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, TeamResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<List<TeamMember>> list(RequestOptions options) {
    return retryableAsync(options, service::listTeam, TeamResourceImpl.MEMBERS);
  }

  @Override
  public CompletableFuture<List<TeamMember>> invite(Collection<String> emails, TeamRole role,
      RequestOptions options) {
    ObjectNode body = TeamResourceImpl.body(emails, role);
    return retryableAsync(options, headers -> service.inviteTeamMembers(body, headers),
        TeamResourceImpl.MEMBERS);
  }

  @Override
  public CompletableFuture<List<TeamMember>> setRole(Collection<String> emails, TeamRole role,
      RequestOptions options) {
    ObjectNode body = TeamResourceImpl.body(emails, role);
    return retryableAsync(options, headers -> service.setTeamRole(body, headers),
        TeamResourceImpl.MEMBERS);
  }
}
