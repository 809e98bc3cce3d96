package dev.labelsdk.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
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
final class BatchResourceImpl extends RefonteResource<BatchResource> implements BatchResource {

  private static final Logger LOG = LoggerFactory.getLogger(BatchResource.class);
  /** Decodes every answer that is one batch, sync or async. */
  static final Decoder<Batch> BATCH = JsonSupport.decoder(Batch.class);

  BatchResourceImpl(RefonteService service, CallExecutor executor) {
    super(service, executor, BatchResourceImpl::new);
  }

  @Override
  public Batch create(CreateBatchRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return create(options, createOf(service, request), this::get);
  }

  /**
   * The create of both paths; the batch found after a 409 is the one an earlier attempt
   * created when it belongs to the requested project.
   */
  static NamedCreate<Batch> createOf(RefonteService service, CreateBatchRequest request) {
    ObjectNode body = request.toJson();
    return new NamedCreate<>("batch", request.name(),
        headers -> service.createBatch(body, headers), Batch.class,
        existing -> existing.project().equals(Optional.of(request.project())), LOG);
  }

  @Override
  public Batch get(String name, RequestOptions options) {
    return retryable(options, at(name, "batch name", service::getBatch), BATCH);
  }

  @Override
  public BatchPage list(BatchListRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return retryable(options, listCalls(service, request), JsonSupport.decoder(BatchPage.class));
  }

  /** The calls of one list page, sync or async. */
  static CallExecutor.CallFactory listCalls(RefonteService service, BatchListRequest request) {
    return headers -> service.listBatches(
            request.project().orElse(null),
            request.status().map(BatchStatus::value).orElse(null),
            request.startTime().orElse(null),
            request.endTime().orElse(null),
            request.excludeArchived().orElse(null),
            request.limit().orElse(null),
            request.offset().orElse(null),
            headers);
  }

  @Override
  public BatchStatusCounts status(String name, RequestOptions options) {
    return retryable(options,
        at(name, "batch name", service::batchStatus), JsonSupport.decoder(BatchStatusCounts.class));
  }

  @Override
  public Batch finalizeBatch(String name, RequestOptions options) {
    return retryable(options, at(name, "batch name", service::finalizeBatch), BATCH);
  }

  @Override
  public Batch setMetadata(String name, JsonObject metadata, RequestOptions options) {
    return retryable(options, setMetadataCalls(service, name, metadata), BATCH);
  }

  /** The calls of a metadata change, validated before anything is sent (sync or async). */
  static CallExecutor.CallFactory setMetadataCalls(RefonteService service, String name,
      JsonObject metadata) {
    Limits.requireValidMetadata(metadata);
    String batch = PathSegments.require(name, "batch name");
    return headers -> service.setBatchMetadata(batch, metadata.toNode(), headers);
  }
}
