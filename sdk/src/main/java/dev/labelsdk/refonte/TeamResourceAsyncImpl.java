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
final class TeamResourceAsyncImpl implements TeamResourceAsync {

  private final RefonteService service;
  private final CallExecutor executor;

  TeamResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public TeamResourceAsync withOptions(RequestOptions options) {
    return new TeamResourceAsyncImpl(service, executor.withOptions(options));
  }

  @Override
  public CompletableFuture<List<TeamMember>> list(RequestOptions options) {
    return members(options, service::listTeam);
  }

  @Override
  public CompletableFuture<List<TeamMember>> invite(Collection<String> emails, TeamRole role,
      RequestOptions options) {
    ObjectNode body = TeamResourceImpl.body(emails, role);
    return members(options, headers -> service.inviteTeamMembers(body, headers));
  }

  @Override
  public CompletableFuture<List<TeamMember>> setRole(Collection<String> emails, TeamRole role,
      RequestOptions options) {
    ObjectNode body = TeamResourceImpl.body(emails, role);
    return members(options, headers -> service.setTeamRole(body, headers));
  }

  /** Runs a retryable call that answers team members. */
  private CompletableFuture<List<TeamMember>> members(RequestOptions options,
      CallExecutor.CallFactory calls) {
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE, calls,
        TeamResourceImpl.MEMBERS);
  }
}
