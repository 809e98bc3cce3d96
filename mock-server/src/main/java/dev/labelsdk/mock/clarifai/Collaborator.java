package dev.labelsdk.mock.clarifai;

/** A user who may work in someone else's app (spec §1.2, §2.4). */
public record Collaborator(AppRef app, String userId, long createdAt) {}
