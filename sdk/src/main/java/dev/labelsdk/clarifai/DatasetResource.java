package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Datasets and their inputs: {@code client.datasets()} (spec §1.2). */
public interface DatasetResource extends PagedResource<Dataset> {

  /** Creates one dataset; see {@link #create(List)}. */
  default Dataset create(Dataset dataset) {
    return create(List.of(dataset)).get(0);
  }

  /**
   * Creates datasets, all or none ({@code POST .../datasets}). Their ids are yours, so a
   * retry after a lost answer is safe: it returns the datasets that attempt created.
   *
   * @throws ConflictException if an id is taken (40010)
   */
  List<Dataset> create(List<Dataset> datasets);

  /**
   * Fetches a dataset.
   *
   * @throws NotFoundException if the app has no such dataset
   */
  Dataset get(String datasetId);



  /** Adds inputs to a dataset; see {@link #addInputs(String, Collection)}. */
  default List<Input> addInputs(String datasetId, String... inputIds) {
    return addInputs(datasetId, Arrays.asList(inputIds));
  }

  /**
   * Adds existing inputs to a dataset, all or none ({@code POST .../datasets/{id}/inputs});
   * adding one twice changes nothing.
   *
   * @return the inputs as stored
   * @throws NotFoundException if the dataset or an input does not exist
   */
  List<Input> addInputs(String datasetId, Collection<String> inputIds);

  /** One page of a dataset's inputs. */
  Page<Input> listInputs(String datasetId, int page, int perPage);

  /** Every input of a dataset, fetched page by page as you iterate. */
  default AutoPager<Input> listAllInputs(String datasetId) {
    PathSegments.require(datasetId, "datasetId");
    return Pages.all((page, perPage) -> listInputs(datasetId, page, perPage));
  }

  /**
   * Removes inputs from a dataset, all or none (the inputs themselves stay).
   *
   * @throws NotFoundException if an input is not in the dataset
   */
  void removeInputs(String datasetId, String... inputIds);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  @Override
  DatasetResource withOptions(RequestOptions options);

  /** {@link #create(Dataset)} with {@code options} for this call. */
  default Dataset create(Dataset dataset, RequestOptions options) {
    return withOptions(options).create(dataset);
  }

  /** {@link #create(List)} with {@code options} for this call. */
  default List<Dataset> create(List<Dataset> datasets, RequestOptions options) {
    return withOptions(options).create(datasets);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default Dataset get(String datasetId, RequestOptions options) {
    return withOptions(options).get(datasetId);
  }



  /** {@link #addInputs(String, Collection)} with {@code options} for this call. */
  default List<Input> addInputs(String datasetId, Collection<String> inputIds,
      RequestOptions options) {
    return withOptions(options).addInputs(datasetId, inputIds);
  }

  /** {@link #listInputs(String, int, int)} with {@code options} for this call. */
  default Page<Input> listInputs(String datasetId, int page, int perPage, RequestOptions options) {
    return withOptions(options).listInputs(datasetId, page, perPage);
  }

  /** {@link #listAllInputs(String)} with {@code options} for this call. */
  default AutoPager<Input> listAllInputs(String datasetId, RequestOptions options) {
    return withOptions(options).listAllInputs(datasetId);
  }

  /** {@link #removeInputs(String, String[])} with {@code options} for this call. */
  default void removeInputs(String datasetId, RequestOptions options, String... inputIds) {
    withOptions(options).removeInputs(datasetId, inputIds);
  }
}
