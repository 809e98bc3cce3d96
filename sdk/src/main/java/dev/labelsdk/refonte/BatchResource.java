package dev.labelsdk.refonte;

import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchPage;
import dev.labelsdk.refonte.model.BatchStatusCounts;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import java.util.Map;
import java.util.Objects;

/**
 * Batches: {@code client.batches()}. Names may hold any character ({@code /} included); they
 * are percent-encoded in URLs. Every call is retried on connection failures, 408, 429 and 5xx.
 */
public interface BatchResource extends NamedResource<Batch, CreateBatchRequest> {

  /** One page of batches; see {@link #list(BatchListRequest, RequestOptions)}. */
  default BatchPage list(BatchListRequest request) {
    return list(request, RequestOptions.none());
  }

  /** One page of batches, newest first ({@code GET /v1/batches}). */
  BatchPage list(BatchListRequest request, RequestOptions options);

  /** Every matching batch, lazily; see {@link #listAll(BatchListRequest, RequestOptions)}. */
  default AutoPager<Batch> listAll(BatchListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every matching batch as a lazy {@link Iterable} (and {@code stream()}), paging by
   * {@code offset += limit} while {@code has_more} is true (stopping on an empty page).
   */
  default AutoPager<Batch> listAll(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return AutoPager.of(cursor -> list(cursor.map(c -> request.withOffset(Integer.parseInt(c)))
        .orElse(request), options), AutoPager.OFFSET_RULES);
  }

  /** Task counts of a batch; see {@link #status(String, RequestOptions)}. */
  default BatchStatusCounts status(String name) {
    return status(name, RequestOptions.none());
  }

  /** The batch status and its task counts by status ({@code GET .../status}). */
  BatchStatusCounts status(String name, RequestOptions options);

  /** Finalizes a batch; see {@link #finalizeBatch(String, RequestOptions)}. */
  default Batch finalizeBatch(String name) {
    return finalizeBatch(name, RequestOptions.none());
  }

  /**
   * Finalizes a batch ({@code POST /v1/batches/{name}/finalize}): a {@code staging} batch
   * (Rapid/Studio projects) moves to {@code in_progress}; other batches are unchanged.
   * (Named {@code finalizeBatch} because {@code finalize} is {@link Object}'s.)
   */
  Batch finalizeBatch(String name, RequestOptions options);

  /** Replaces a batch's metadata; see {@link #setMetadata(String, JsonObject, RequestOptions)}. */
  default Batch setMetadata(String name, Map<String, ?> metadata) {
    return setMetadata(name, JsonObject.of(metadata), RequestOptions.none());
  }

  /** Replaces a batch's metadata entirely ({@code POST .../setMetadata}). */
  Batch setMetadata(String name, JsonObject metadata, RequestOptions options);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  BatchResource withOptions(RequestOptions options);
}
