package dev.labelsdk.refonte;

import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchPage;
import dev.labelsdk.refonte.model.BatchStatusCounts;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link BatchResourceAsync} that calls the API; shares its calls with the sync one. */
final class BatchResourceAsyncImpl implements BatchResourceAsync {

  private final RefonteService service;
  private final CallExecutor executor;

  BatchResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public BatchResourceAsync withOptions(RequestOptions options) {
    return new BatchResourceAsyncImpl(service, executor.withOptions(options));
  }

  @Override
  public CompletableFuture<Batch> create(CreateBatchRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        BatchResourceImpl.createCalls(service, request), JsonSupport.decoder(Batch.class),
        (failure, earlier) -> ApiRecovery.mayBeOwnConflict(failure, earlier)
            ? get(request.name(), ApiRecovery.withoutIdempotencyKey(options))
                .thenApply(existing -> BatchResourceImpl.created(existing, request))
            : CompletableFuture.completedFuture(Optional.empty()));
  }

  @Override
  public CompletableFuture<Batch> get(String name, RequestOptions options) {
    String batch = PathSegments.require(name, "batch name");
    return batch(options, headers -> service.getBatch(batch, headers));
  }

  @Override
  public CompletableFuture<BatchPage> list(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        BatchResourceImpl.listCalls(service, request), JsonSupport.decoder(BatchPage.class));
  }

  @Override
  public Flow.Publisher<BatchPage> listAll(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return AsyncPager.of(cursor -> list(cursor.map(c -> request.withOffset(Integer.parseInt(c)))
        .orElse(request), options), AutoPager.OFFSET_RULES);
  }

  @Override
  public CompletableFuture<BatchStatusCounts> status(String name, RequestOptions options) {
    String batch = PathSegments.require(name, "batch name");
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE,
        headers -> service.batchStatus(batch, headers),
        JsonSupport.decoder(BatchStatusCounts.class));
  }

  @Override
  public CompletableFuture<Batch> finalizeBatch(String name, RequestOptions options) {
    String batch = PathSegments.require(name, "batch name");
    return batch(options, headers -> service.finalizeBatch(batch, headers));
  }

  @Override
  public CompletableFuture<Batch> setMetadata(String name, JsonObject metadata,
      RequestOptions options) {
    return batch(options, BatchResourceImpl.setMetadataCalls(service, name, metadata));
  }

  /** Runs a retryable call that answers a batch. */
  private CompletableFuture<Batch> batch(RequestOptions options, CallExecutor.CallFactory calls) {
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE, calls,
        JsonSupport.decoder(Batch.class));
  }
}
