package dev.labelsdk.mock.refonte;

/** A member of the tenant's team ({@code GET /v1/teams}, spec §4.12). */
public record TeamMember(String email, String role) {}
