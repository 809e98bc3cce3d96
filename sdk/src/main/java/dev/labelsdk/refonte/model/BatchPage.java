package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of {@code GET /v1/batches} (offset paging).
 *
 * @param docs the batches of this page, newest first
 * @param total how many batches match in all ({@code totalDocs}, or {@code total})
 * @param limit the effective page size
 * @param offset the offset of this page
 * @param hasMore whether more batches follow
 */
public record BatchPage(List<Batch> docs, long total, int limit, long offset, boolean hasMore) {

  /** Validates the components and makes defensive copies. */
  public BatchPage {
    docs = List.copyOf(docs);
  }

  /**
   * Parses a batch page.
   * The model keeps parts of {@code json} without copying them: do not change the tree
   * afterwards (pass {@code json.deepCopy()} if you must).
   *
   * @throws IllegalArgumentException if {@code docs} is missing or a value has the wrong type
   */
  public static BatchPage fromJson(JsonNode json) {
    Fields f = Fields.of(json, "batch page");
    List<Batch> docs = f.optList("docs", Batch::fromJson).orElseThrow(() ->
        new IllegalArgumentException("batch page: \"docs\" is missing"));
    long total = f.optLong("totalDocs").or(() -> f.optLong("total")).orElse((long) docs.size());
    return new BatchPage(docs, total,
        f.optInt("limit").orElse(docs.size()),
        f.optLong("offset").orElse(0L),
        f.optBoolean("has_more").orElse(false));
  }
}
