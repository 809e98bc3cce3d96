package dev.labelsdk.mock.clarifai;

/**
 * Who is calling and on which app, once the key and the app scoping are resolved (spec §2):
 * the acting user, and whether they have the app owner's rights.
 */
public record Caller(String userId, AppRef app, boolean owner) {}
