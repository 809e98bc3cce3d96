package dev.labelsdk.mock.clarifai;

/**
 * One place a request names its app (the path, the body's {@code user_app_id} or the query's):
 * either part may be null when that place leaves it out. {@code me} is not resolved yet.
 */
public record AppNaming(String source, String userId, String appId) {}
