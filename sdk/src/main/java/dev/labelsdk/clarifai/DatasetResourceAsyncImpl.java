package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link DatasetResourceAsync} that calls the API, with the sync resource's requests. */
final class DatasetResourceAsyncImpl extends ClarifaiResource<DatasetResourceAsync>
    implements DatasetResourceAsync {

  DatasetResourceAsyncImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, DatasetResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<List<Dataset>> create(List<Dataset> datasets) {
    ObjectNode body = DatasetResourceImpl.createBody(datasets);
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.postDatasets(body, headers), DatasetResourceImpl.DATASETS,
        (failure, earlier) -> DatasetResourceImpl.createdEarlier(failure, earlier)
            ? allOf(datasets.stream().map(d -> get(d.id())).toList()).thenApply(Optional::of)
            : CompletableFuture.completedFuture(Optional.empty()));
  }

  private static <T> CompletableFuture<List<T>> allOf(List<CompletableFuture<T>> futures) {
    return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
        .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
  }

  @Override
  public CompletableFuture<Dataset> get(String datasetId) {
    return idempotentAsync(at(datasetId, "datasetId", service::getDataset),
        DatasetResourceImpl.DATASET);
  }

  @Override
  public CompletableFuture<Page<Dataset>> list(int page, int perPage) {
    return pageAsync(page, perPage, service::listDatasets, DatasetResourceImpl.DATASETS);
  }


  @Override
  public CompletableFuture<List<Input>> addInputs(String datasetId, Collection<String> inputIds) {
    PathSegments.require(datasetId, "datasetId");
    ObjectNode body = DatasetResourceImpl.addInputsBody(inputIds);
    return idempotentAsync(headers -> service.postDatasetInputs(datasetId, body, headers),
        DatasetResourceImpl.DATASET_INPUTS);
  }

  @Override
  public CompletableFuture<Page<Input>> listInputs(String datasetId, int page, int perPage) {
    PathSegments.require(datasetId, "datasetId");
    return pageAsync(page, perPage, (p, size, headers) ->
        service.listDatasetInputs(datasetId, p, size, headers), DatasetResourceImpl.DATASET_INPUTS);
  }

  @Override
  public Flow.Publisher<Page<Input>> listAllInputs(String datasetId) {
    PathSegments.require(datasetId, "datasetId");
    return Pages.allAsync((page, perPage) -> listInputs(datasetId, page, perPage));
  }

  @Override
  public CompletableFuture<Void> removeInputs(String datasetId, String... inputIds) {
    PathSegments.require(datasetId, "datasetId");
    return deleteAsync((body, headers) -> service.deleteDatasetInputs(datasetId, body, headers),
        "input_ids", Arrays.asList(inputIds), "input id");
  }
}
