package dev.labelsdk.refonte;

import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchPage;
import dev.labelsdk.refonte.model.BatchStatus;
import dev.labelsdk.refonte.model.BatchStatusCounts;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import dev.labelsdk.refonte.model.Limits;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The {@link BatchResource} that calls the API. */
final class BatchResourceImpl implements BatchResource {

  private static final Logger LOG = LoggerFactory.getLogger(BatchResource.class);
  private final RefonteService service;
  private final ApiExecutor executor;

  BatchResourceImpl(RefonteService service, ApiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
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

  @Override
  public Batch get(String name, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.getBatch(PathSegments.require(name, "batch name"),
        ApiExecutor.headers(merged)), merged, Batch::fromJson);
  }

  @Override
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


  @Override
  public BatchStatusCounts status(String name, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.batchStatus(PathSegments.require(name, "batch name"),
        ApiExecutor.headers(merged)), merged, BatchStatusCounts::fromJson);
  }

  @Override
  public Batch finalizeBatch(String name, RequestOptions options) {
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.finalizeBatch(PathSegments.require(name, "batch name"),
        ApiExecutor.headers(merged)), merged, Batch::fromJson);
  }

  @Override
  public Batch setMetadata(String name, JsonObject metadata, RequestOptions options) {
    Limits.requireValidMetadata(metadata);
    RequestOptions merged = executor.merge(options);
    return executor.execute(service.setBatchMetadata(PathSegments.require(name, "batch name"),
        metadata.toNode(), ApiExecutor.headers(merged)), merged, Batch::fromJson);
  }
}
