package dev.labelsdk.refonte.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.core.JsonSupport;
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

  /** Reads a page; {@code docs} is required, the counts default to the page's own. */
  @JsonCreator
  static BatchPage read(@JsonProperty("docs") List<Batch> docs,
      @JsonProperty("totalDocs") Long totalDocs, @JsonProperty("total") Long total,
      @JsonProperty("limit") Integer limit, @JsonProperty("offset") Long offset,
      @JsonProperty("has_more") Boolean hasMore) {
    if (docs == null) {
      throw new IllegalArgumentException("batch page: \"docs\" is missing");
    }
    return new BatchPage(docs, totalDocs != null ? totalDocs : total != null ? total : docs.size(),
        limit == null ? docs.size() : limit, offset == null ? 0 : offset,
        hasMore != null && hasMore);
  }

  /** Parses a page (see {@link #read}). */
  public static BatchPage fromJson(JsonNode json) {
    return JsonSupport.convert(json, BatchPage.class);
  }
}
