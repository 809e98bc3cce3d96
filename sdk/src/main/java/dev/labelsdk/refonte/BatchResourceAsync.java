package dev.labelsdk.refonte;

import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchPage;
import dev.labelsdk.refonte.model.BatchStatusCounts;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Batches, asynchronously: {@code client.async().batches()}. Each method is the twin of the
 * {@link BatchResource} method of the same name, with the same retries and recovery; waits
 * between retries run on the client's {@link dev.labelsdk.core.Scheduler}. A future fails with
 * the exception the sync method would throw.
 */
public interface BatchResourceAsync extends NamedResourceAsync<Batch, CreateBatchRequest> {

  /** See {@link BatchResource#list(BatchListRequest, RequestOptions)}. */
  default CompletableFuture<BatchPage> list(BatchListRequest request) {
    return list(request, RequestOptions.none());
  }

  /** See {@link BatchResource#list(BatchListRequest, RequestOptions)}. */
  CompletableFuture<BatchPage> list(BatchListRequest request, RequestOptions options);

  /** Every page of a listing; see {@link #listAll(BatchListRequest, RequestOptions)}. */
  default Flow.Publisher<BatchPage> listAll(BatchListRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every page of a listing as a {@link Flow.Publisher}: one page per unit of demand, paging
   * by {@code offset += limit} with the same stop rules as {@link BatchResource#listAll}.
   * Each subscription starts from the first page.
   */
  Flow.Publisher<BatchPage> listAll(BatchListRequest request, RequestOptions options);

  /** See {@link BatchResource#status(String, RequestOptions)}. */
  default CompletableFuture<BatchStatusCounts> status(String name) {
    return status(name, RequestOptions.none());
  }

  /** See {@link BatchResource#status(String, RequestOptions)}. */
  CompletableFuture<BatchStatusCounts> status(String name, RequestOptions options);

  /** See {@link BatchResource#finalizeBatch(String, RequestOptions)}. */
  default CompletableFuture<Batch> finalizeBatch(String name) {
    return finalizeBatch(name, RequestOptions.none());
  }

  /** See {@link BatchResource#finalizeBatch(String, RequestOptions)}. */
  CompletableFuture<Batch> finalizeBatch(String name, RequestOptions options);

  /** See {@link BatchResource#setMetadata(String, JsonObject, RequestOptions)}. */
  default CompletableFuture<Batch> setMetadata(String name, Map<String, ?> metadata) {
    return setMetadata(name, JsonObject.of(metadata), RequestOptions.none());
  }

  /** See {@link BatchResource#setMetadata(String, JsonObject, RequestOptions)}. */
  CompletableFuture<Batch> setMetadata(String name, JsonObject metadata, RequestOptions options);

  /** See {@link BatchResource#withOptions(RequestOptions)}. */
  BatchResourceAsync withOptions(RequestOptions options);
}
