package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.Page;
import java.util.List;
import java.util.Optional;

/**
 * One page of {@code GET /v1/batches} (offset paging).
 *
 * @param docs the batches of this page, newest first
 * @param total how many batches match in all ({@code totalDocs}, or {@code total})
 * @param limit the effective page size
 * @param offset the offset of this page
 * @param hasMore whether more batches follow
 */
public record BatchPage(List<Batch> docs, long total, int limit, long offset, boolean hasMore)
    implements Page<Batch> {

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
  /** The batches: {@link #docs()}. */
  @Override
  public List<Batch> items() {
    return docs;
  }

  /** The offset of the following page, as text: this page's offset plus its limit. */
  @Override
  public Optional<String> nextCursor() {
    long step = limit > 0 ? limit : docs.size();
    return Optional.of(String.valueOf(Math.min(Integer.MAX_VALUE, offset + step)));
  }

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
