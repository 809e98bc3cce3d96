package dev.labelsdk.refonte;

import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchPage;
import dev.labelsdk.refonte.model.BatchStatusCounts;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link BatchResourceAsync} that calls the API; shares its calls with the sync one. */
final class BatchResourceAsyncImpl extends RefonteResource<BatchResourceAsync>
    implements BatchResourceAsync {

  BatchResourceAsyncImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, BatchResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<Batch> create(CreateBatchRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return createAsync(options, BatchResourceImpl.createOf(service, request), this::get);
  }

  @Override
  public CompletableFuture<Batch> get(String name, RequestOptions options) {
    return retryableAsync(options,
        at(name, "batch name", service::getBatch), BatchResourceImpl.BATCH);
  }

  @Override
  public CompletableFuture<BatchPage> list(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return retryableAsync(options, BatchResourceImpl.listCalls(service, request),
        JsonSupport.decoder(BatchPage.class));
  }

  @Override
  public Flow.Publisher<BatchPage> listAll(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return AsyncPager.of(cursor -> list(cursor.map(c -> request.withOffset(Integer.parseInt(c)))
        .orElse(request), options), AutoPager.OFFSET_RULES);
  }

  @Override
  public CompletableFuture<BatchStatusCounts> status(String name, RequestOptions options) {
    return retryableAsync(options,
        at(name, "batch name", service::batchStatus), JsonSupport.decoder(BatchStatusCounts.class));
  }

  @Override
  public CompletableFuture<Batch> finalizeBatch(String name, RequestOptions options) {
    return retryableAsync(options,
        at(name, "batch name", service::finalizeBatch), BatchResourceImpl.BATCH);
  }

  @Override
  public CompletableFuture<Batch> setMetadata(String name, JsonObject metadata,
      RequestOptions options) {
    return retryableAsync(options, BatchResourceImpl.setMetadataCalls(service, name, metadata),
        BatchResourceImpl.BATCH);
  }
}
