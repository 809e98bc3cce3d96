package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonObject;
import dev.labelsdk.core.JsonSupport;
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
  private final CallExecutor executor;

  BatchResourceImpl(RefonteService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public BatchResource withOptions(RequestOptions options) {
    return new BatchResourceImpl(service, executor.withOptions(options));
  }

  @Override
  public Batch create(CreateBatchRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    ObjectNode body = request.toJson();
    return executor.with(options).execute(RefonteProtocol.RETRYABLE,
        headers -> service.createBatch(body, headers), JsonSupport.decoder(Batch.class),
        (failure, earlier) -> {
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
    String batch = PathSegments.require(name, "batch name");
    return batch(options, headers -> service.getBatch(batch, headers));
  }

  @Override
  public BatchPage list(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return executor.with(options).execute(RefonteProtocol.RETRYABLE,
        headers -> service.listBatches(
            request.project().orElse(null),
            request.status().map(BatchStatus::value).orElse(null),
            request.startTime().orElse(null),
            request.endTime().orElse(null),
            request.excludeArchived().orElse(null),
            request.limit().orElse(null),
            request.offset().orElse(null),
            headers),
        JsonSupport.decoder(BatchPage.class));
  }

  @Override
  public BatchStatusCounts status(String name, RequestOptions options) {
    String batch = PathSegments.require(name, "batch name");
    return executor.with(options).execute(RefonteProtocol.RETRYABLE,
        headers -> service.batchStatus(batch, headers),
        JsonSupport.decoder(BatchStatusCounts.class));
  }

  @Override
  public Batch finalizeBatch(String name, RequestOptions options) {
    String batch = PathSegments.require(name, "batch name");
    return batch(options, headers -> service.finalizeBatch(batch, headers));
  }

  @Override
  public Batch setMetadata(String name, JsonObject metadata, RequestOptions options) {
    Limits.requireValidMetadata(metadata);
    String batch = PathSegments.require(name, "batch name");
    return batch(options, headers -> service.setBatchMetadata(batch, metadata.toNode(), headers));
  }

  /** Runs a retryable call that answers a batch. */
  private Batch batch(RequestOptions options, CallExecutor.CallFactory calls) {
    return executor.with(options).execute(RefonteProtocol.RETRYABLE, calls,
        JsonSupport.decoder(Batch.class));
  }
}
