package dev.labelsdk.mock.clarifai;

/** A stored dataset (spec §3.7); its members are kept by {@link AppData}. */
public record Dataset(String id, String description, long createdAt, long modifiedAt) {}
