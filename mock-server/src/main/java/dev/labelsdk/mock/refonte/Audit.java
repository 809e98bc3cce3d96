package dev.labelsdk.mock.refonte;

/** One audit record of a task ({@code audits[]}). {@code comments} may be null. */
public record Audit(
    String auditedBy, long auditedAt, int auditTimeSecs, String result, String source,
    String comments) {}
