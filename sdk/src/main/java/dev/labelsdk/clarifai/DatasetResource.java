package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Datasets and their inputs: {@code client.datasets()} (spec §1.2). */
public interface DatasetResource {

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

  /** One page of datasets, newest first. */
  Page<Dataset> list(int page, int perPage);

  /** Every dataset, fetched page by page as you iterate. */
  default AutoPager<Dataset> listAll() {
    return AutoPager.ofPageNumbers(page -> list(page, Page.DEFAULT_PER_PAGE).items(), 1,
        Page.DEFAULT_PER_PAGE);
  }

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
    return AutoPager.ofPageNumbers(
        page -> listInputs(datasetId, page, Page.DEFAULT_PER_PAGE).items(), 1,
        Page.DEFAULT_PER_PAGE);
  }

  /**
   * Removes inputs from a dataset, all or none (the inputs themselves stay).
   *
   * @throws NotFoundException if an input is not in the dataset
   */
  void removeInputs(String datasetId, String... inputIds);
}
