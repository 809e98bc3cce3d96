package dev.labelsdk.refonte;

import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.PageResult;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchPage;
import dev.labelsdk.refonte.model.BatchStatus;
import dev.labelsdk.refonte.model.BatchStatusCounts;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import dev.labelsdk.refonte.model.Limits;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Batches: {@code client.batches()}. Names may hold any character ({@code /} included); they
 * are percent-encoded in URLs. Every call is retried on connection failures, 408, 429 and 5xx.
 */
public final class BatchResource {

  private static final Logger LOG = LoggerFactory.getLogger(BatchResource.class);

  private final RefonteService service;
  private final ApiExecutor executor;

  BatchResource(RefonteService service, ApiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Creates a batch; see {@link #create(CreateBatchRequest, RequestOptions)}. */
  public Batch create(CreateBatchRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Creates a batch ({@code POST /v1/batches}). If a retry after a 5xx or connection failure
   * gets a 409 "already exists", the earlier attempt created it: the batch is fetched and
   * returned (when it belongs to the requested project).
   *
   * @throws ConflictException if a batch of that name already exists
   * @throws BadRequestException if the project does not exist
   */
  public Batch create(CreateBatchRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.createBatch(request.toJson(), ApiExecutor.headers(merged)),
        merged, true, Batch::fromJson, (failure, earlier) -> {
          if (!(failure instanceof ConflictException)
              || earlier.stream().noneMatch(ApiRecovery::mayHaveCommitted)) {
            return Optional.empty();
          }
          Batch existing = get(request.name(), ApiRecovery.withoutIdempotencyKey(options));
          if (!existing.project().equals(Optional.of(request.project()))) {
            return Optional.empty();
          }
          LOG.info("Batch create got 409 after a failed attempt; returning batch {}",
              request.name());
          return Optional.of(existing);
        });
  }

  /** Fetches a batch; see {@link #get(String, RequestOptions)}. */
  public Batch get(String name) {
    return get(name, RequestOptions.none());
  }

  /**
   * Fetches a batch ({@code GET /v1/batches/{name}}).
   *
   * @throws NotFoundException if there is no such batch
   */
  public Batch get(String name, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.getBatch(PathSegments.require(name, "batch name"),
        ApiExecutor.headers(merged)), merged, Batch::fromJson);
  }

  /** One page of batches; see {@link #list(BatchListRequest, RequestOptions)}. */
  public BatchPage list(BatchListRequest request) {
    return list(request, RequestOptions.none());
  }

  /** One page of batches, newest first ({@code GET /v1/batches}). */
  public BatchPage list(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.listBatches(
        request.project().orElse(null),
        request.status().map(BatchStatus::value).orElse(null),
        request.startTime().orElse(null),
        request.endTime().orElse(null),
        request.excludeArchived().orElse(null),
        request.limit().orElse(null),
        request.offset().orElse(null),
        ApiExecutor.headers(merged)), merged, BatchPage::fromJson);
  }

  /** Every matching batch, lazily; see {@link #listAll(BatchListRequest, RequestOptions)}. */
  public AutoPager<Batch> listAll(BatchListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every matching batch as a lazy {@link Iterable} (and {@code stream()}), paging by
   * {@code offset += limit} while {@code has_more} is true (stopping on an empty page).
   */
  public AutoPager<Batch> listAll(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return AutoPager.of(cursor -> {
      BatchListRequest pageRequest =
          cursor.map(c -> request.withOffset(Integer.parseInt(c))).orElse(request);
      BatchPage page = list(pageRequest, options);
      long offset = pageRequest.offset().orElse(0);
      long step = page.limit() > 0 ? page.limit() : page.docs().size();
      return new PageResult<>(page.docs(), page.hasMore(),
          Optional.of(String.valueOf(Math.min(Integer.MAX_VALUE, offset + step))));
    }, AutoPager.OFFSET_RULES);
  }

  /** Task counts of a batch; see {@link #status(String, RequestOptions)}. */
  public BatchStatusCounts status(String name) {
    return status(name, RequestOptions.none());
  }

  /** The batch status and its task counts by status ({@code GET .../status}). */
  public BatchStatusCounts status(String name, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.batchStatus(PathSegments.require(name, "batch name"),
        ApiExecutor.headers(merged)), merged, BatchStatusCounts::fromJson);
  }

  /** Finalizes a batch; see {@link #finalizeBatch(String, RequestOptions)}. */
  public Batch finalizeBatch(String name) {
    return finalizeBatch(name, RequestOptions.none());
  }

  /**
   * Finalizes a batch ({@code POST /v1/batches/{name}/finalize}): a {@code staging} batch
   * (Rapid/Studio projects) moves to {@code in_progress}; other batches are unchanged.
   * (Named {@code finalizeBatch} because {@code finalize} is {@link Object}'s.)
   */
  public Batch finalizeBatch(String name, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.finalizeBatch(PathSegments.require(name, "batch name"),
        ApiExecutor.headers(merged)), merged, Batch::fromJson);
  }

  /** Replaces a batch's metadata; see {@link #setMetadata(String, JsonObject, RequestOptions)}. */
  public Batch setMetadata(String name, Map<String, ?> metadata) {
    return setMetadata(name, JsonObject.of(metadata), RequestOptions.none());
  }

  /** Replaces a batch's metadata entirely ({@code POST .../setMetadata}). */
  public Batch setMetadata(String name, JsonObject metadata, RequestOptions options) {
    Limits.requireValidMetadata(metadata);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setBatchMetadata(PathSegments.require(name, "batch name"),
        metadata.toNode(), ApiExecutor.headers(merged)), merged, Batch::fromJson);
  }
}
