package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;

/**
 * A batch as an operation saw it (spec §4.10), copied under the tenant's lock. {@code status} is
 * {@code staging}, {@code in_progress} or {@code completed}; {@code metadataJson} is compact JSON.
 */
public record BatchView(
    String name, String project, String status, String callback, String metadataJson,
    boolean calibrationBatch, boolean selfLabelBatch, long createdAt, long updatedAt) {

  static BatchView of(Batch b) {
    return new BatchView(b.name, b.project, b.status.wire(), b.callback, b.metadataJson,
        b.calibrationBatch, b.selfLabelBatch, b.createdAt, b.updatedAt);
  }

  public JsonNode metadata() {
    return Json.tree(metadataJson);
  }
}
