package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A member of the account's team ({@code GET /v1/teams}).
 *
 * @param email the member's e-mail address
 * @param role {@code admin}, {@code manager}, {@code member}, {@code labeler}, ... (kept as sent)
 * @param company the member's company, when known
 * @param additionalProperties keys this SDK does not model, as sent
 */
public record TeamMember(String email, String role, Optional<String> company,
    Map<String, JsonNode> additionalProperties) {

  private static final Set<String> KNOWN = Set.of("email", "role", "company");

  /** Validates the components and makes defensive copies. */
  public TeamMember {
    additionalProperties = Fields.copyExtras(additionalProperties);
  }

  /**
   * Parses a team member.
   *
   * @throws IllegalArgumentException if {@code email} is missing or a value has the wrong type
   */
  public static TeamMember fromJson(JsonNode json) {
    Fields f = Fields.of(json, "team member");
    return new TeamMember(f.requiredString("email"), f.optString("role").orElse(""),
        f.optString("company"), f.extras(KNOWN));
  }

  /** A copy of the extras. */
  @Override
  public Map<String, JsonNode> additionalProperties() {
    return Fields.copyExtras(additionalProperties);
  }
}
