package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.TeamMember;
import dev.labelsdk.refonte.model.TeamRole;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's team, asynchronously: {@code client.async().teams()}. Each method is the twin
 * of the {@link TeamResource} method of the same name, with the same retries; waits between
 * retries run on the client's {@link dev.labelsdk.core.Scheduler}. A future fails with the
 * exception the sync method would throw.
 */
public interface TeamResourceAsync {

  /** See {@link TeamResource#list(RequestOptions)}. */
  default CompletableFuture<List<TeamMember>> list() {
    return list(RequestOptions.none());
  }

  /** See {@link TeamResource#list(RequestOptions)}. */
  CompletableFuture<List<TeamMember>> list(RequestOptions options);

  /** See {@link TeamResource#invite(Collection, TeamRole, RequestOptions)}. */
  default CompletableFuture<List<TeamMember>> invite(Collection<String> emails, TeamRole role) {
    return invite(emails, role, RequestOptions.none());
  }

  /** See {@link TeamResource#invite(Collection, TeamRole, RequestOptions)}. */
  CompletableFuture<List<TeamMember>> invite(Collection<String> emails, TeamRole role,
      RequestOptions options);

  /** See {@link TeamResource#setRole(Collection, TeamRole, RequestOptions)}. */
  default CompletableFuture<List<TeamMember>> setRole(Collection<String> emails, TeamRole role) {
    return setRole(emails, role, RequestOptions.none());
  }

  /** See {@link TeamResource#setRole(Collection, TeamRole, RequestOptions)}. */
  CompletableFuture<List<TeamMember>> setRole(Collection<String> emails, TeamRole role,
      RequestOptions options);

  /** See {@link TeamResource#withOptions(RequestOptions)}. */
  TeamResourceAsync withOptions(RequestOptions options);
}
