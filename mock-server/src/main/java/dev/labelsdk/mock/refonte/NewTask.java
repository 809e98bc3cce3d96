package dev.labelsdk.mock.refonte;

import java.util.List;

/**
 * A validated task-creation request: the top-level fields of spec §3 plus every other create
 * field as {@code params}. Nullable fields are null when the body did not give them.
 */
record NewTask(
    String type,
    String instruction,
    String callbackUrl,
    String metadataJson,
    List<String> tags,
    String uniqueId,
    boolean clearUniqueIdOnError,
    String project,
    String batch,
    String paramsJson) {}
