package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.TeamMember;
import dev.labelsdk.refonte.model.TeamRole;
import java.util.Collection;
import java.util.List;

/**
 * The account's team: {@code client.teams()}. Every call is retried on connection failures,
 * 408, 429 and 5xx (inviting or setting a role twice has the same effect as once).
 */
public interface TeamResource {

  /** Every team member ({@code GET /v1/teams}). */
  default List<TeamMember> list() {
    return list(RequestOptions.none());
  }

  /** Every team member ({@code GET /v1/teams}). */
  List<TeamMember> list(RequestOptions options);

  /** Invites people; see {@link #invite(Collection, TeamRole, RequestOptions)}. */
  default List<TeamMember> invite(Collection<String> emails, TeamRole role) {
    return invite(emails, role, RequestOptions.none());
  }

  /**
   * Adds people to the team with {@code role} ({@code POST /v1/teams/invite}).
   *
   * @return the whole team afterwards
   */
  List<TeamMember> invite(Collection<String> emails, TeamRole role,
      RequestOptions options);

  /** Changes roles; see {@link #setRole(Collection, TeamRole, RequestOptions)}. */
  default List<TeamMember> setRole(Collection<String> emails, TeamRole role) {
    return setRole(emails, role, RequestOptions.none());
  }

  /**
   * Gives existing members {@code role} ({@code POST /v1/teams/set_role}); unknown addresses
   * are ignored.
   *
   * @return the whole team afterwards
   */
  List<TeamMember> setRole(Collection<String> emails, TeamRole role,
      RequestOptions options);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  TeamResource withOptions(RequestOptions options);
}
