package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.RequestOptions;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Datasets, asynchronously: {@code client.async().datasets()}. The twins of
 * {@link DatasetResource}'s methods, with the same retries and recovery; see
 * {@link TaskResourceAsync}.
 */
public interface DatasetResourceAsync extends PagedResourceAsync<Dataset> {

  /** See {@link DatasetResource#create(Dataset)}. */
  default CompletableFuture<Dataset> create(Dataset dataset) {
    return create(List.of(dataset)).thenApply(created -> created.get(0));
  }

  /**
   * See {@link DatasetResource#create(List)}: a retry that meets its own ids after a lost
   * answer completes with the datasets that attempt created.
   */
  CompletableFuture<List<Dataset>> create(List<Dataset> datasets);

  /** See {@link DatasetResource#get(String)}. */
  CompletableFuture<Dataset> get(String datasetId);



  /** See {@link DatasetResource#addInputs(String, String...)}. */
  default CompletableFuture<List<Input>> addInputs(String datasetId, String... inputIds) {
    return addInputs(datasetId, Arrays.asList(inputIds));
  }

  /** See {@link DatasetResource#addInputs(String, Collection)}. */
  CompletableFuture<List<Input>> addInputs(String datasetId, Collection<String> inputIds);

  /** See {@link DatasetResource#listInputs(String, int, int)}. */
  CompletableFuture<Page<Input>> listInputs(String datasetId, int page, int perPage);

  /** Every page of a dataset's inputs as a {@link Flow.Publisher}; see {@link #listAll()}. */
  Flow.Publisher<Page<Input>> listAllInputs(String datasetId);

  /**
   * See {@link DatasetResource#removeInputs(String, String...)}: a retry that finds them gone
   * after a lost answer succeeds.
   */
  CompletableFuture<Void> removeInputs(String datasetId, String... inputIds);

  /** See {@link DatasetResource#withOptions(RequestOptions)}. */
  @Override
  DatasetResourceAsync withOptions(RequestOptions options);

  /** {@link #create(Dataset)} with {@code options} for this call. */
  default CompletableFuture<Dataset> create(Dataset dataset, RequestOptions options) {
    return withOptions(options).create(dataset);
  }

  /** {@link #create(List)} with {@code options} for this call. */
  default CompletableFuture<List<Dataset>> create(List<Dataset> datasets,
      RequestOptions options) {
    return withOptions(options).create(datasets);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default CompletableFuture<Dataset> get(String datasetId, RequestOptions options) {
    return withOptions(options).get(datasetId);
  }



  /** {@link #addInputs(String, Collection)} with {@code options} for this call. */
  default CompletableFuture<List<Input>> addInputs(String datasetId,
      Collection<String> inputIds, RequestOptions options) {
    return withOptions(options).addInputs(datasetId, inputIds);
  }

  /** {@link #listInputs(String, int, int)} with {@code options} for this call. */
  default CompletableFuture<Page<Input>> listInputs(String datasetId, int page,
      int perPage, RequestOptions options) {
    return withOptions(options).listInputs(datasetId, page, perPage);
  }

  /** {@link #listAllInputs(String)} with {@code options} for this call. */
  default Flow.Publisher<Page<Input>> listAllInputs(String datasetId,
      RequestOptions options) {
    return withOptions(options).listAllInputs(datasetId);
  }

  /** {@link #removeInputs(String, String...)} with {@code options} for this call. */
  default CompletableFuture<Void> removeInputs(String datasetId, RequestOptions options,
      String... inputIds) {
    return withOptions(options).removeInputs(datasetId, inputIds);
  }
}
