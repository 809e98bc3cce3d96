package dev.labelsdk.mock.refonte;

/**
 * One delivery attempt, as {@code GET /__admin/refonte/callbacks} lists it. {@code statusCode}
 * is null when no response came back; {@code error} is null when one did.
 */
public record CallbackAttempt(
    String taskId, String url, String event, int attempt, long at, Integer statusCode,
    String error) {}
