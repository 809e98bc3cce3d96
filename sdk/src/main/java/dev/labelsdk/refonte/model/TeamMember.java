package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Extras;
import dev.labelsdk.core.JsonSupport;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the account's team ({@code GET /v1/teams}).
 *
 * @param email the member's e-mail address
 * @param role {@code admin}, {@code manager}, {@code member}, {@code labeler}, ... (kept as sent)
 * @param company the member's company, when known
 * @param additionalProperties keys this SDK does not model, as sent
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record TeamMember(@JsonProperty("email") String email, @JsonProperty("role") String role,
    @JsonProperty("company") Optional<String> company,
    @JsonAnySetter Map<String, JsonNode> additionalProperties) {


  /** Validates the components and makes defensive copies. */
  public TeamMember {
    if (email == null || email.isEmpty()) {
      throw new IllegalArgumentException("team member: \"email\" is missing");
    }
    role = Objects.requireNonNullElse(role, "");
    company = Objects.requireNonNullElse(company, Optional.empty());
    additionalProperties = Extras.copy(additionalProperties);
  }

  /** Parses a team member. */
  public static TeamMember fromJson(JsonNode json) {
    return JsonSupport.convert(json, TeamMember.class);
  }

  /** A copy of the extras. */
  @Override
  @JsonAnyGetter
  public Map<String, JsonNode> additionalProperties() {
    return Extras.copy(additionalProperties);
  }
}
