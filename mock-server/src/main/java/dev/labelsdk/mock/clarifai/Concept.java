package dev.labelsdk.mock.clarifai;

/** A stored concept (spec §1.2). */
public record Concept(String id, String name, long createdAt) {}
