package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.ClarifaiExecutor.Safety;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Datasets and their inputs: {@code client.datasets()} (spec §1.2). */
public final class DatasetResource {

  private final ClarifaiService service;
  private final ClarifaiExecutor executor;

  DatasetResource(ClarifaiService service, ClarifaiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Creates one dataset; see {@link #create(List)}. */
  public Dataset create(Dataset dataset) {
    return create(List.of(dataset)).get(0);
  }

  /**
   * Creates datasets, all or none ({@code POST .../datasets}). Their ids are yours, so a
   * retry after a lost answer is safe: it returns the datasets that attempt created.
   *
   * @throws ConflictException if an id is taken (40010)
   */
  public List<Dataset> create(List<Dataset> datasets) {
    if (datasets.isEmpty()) {
      throw new IllegalArgumentException("give at least one dataset");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("datasets");
    datasets.forEach(d -> array.add(Requests.create(Objects.requireNonNull(d, "dataset")
        .toJson())));
    return executor.execute("PostDatasets", Safety.IDEMPOTENT,
        headers -> service.postDatasets(body, headers),
        Responses.list("datasets", Dataset::fromJson),
        (failure, earlier) -> ClarifaiExecutor.code(failure)
            == StatusCode.DATABASE_DUPLICATE_KEY.number()
            && earlier.stream().anyMatch(ClarifaiExecutor::mayHaveCommitted)
            ? Optional.of(datasets.stream().map(d -> get(d.id())).toList()) : Optional.empty());
  }

  /**
   * Fetches a dataset.
   *
   * @throws NotFoundException if the app has no such dataset
   */
  public Dataset get(String datasetId) {
    PathSegments.require(datasetId, "datasetId");
    return executor.execute("GetDataset", Safety.IDEMPOTENT,
        headers -> service.getDataset(datasetId, headers),
        Responses.single("dataset", Dataset::fromJson));
  }

  /** One page of datasets, newest first. */
  public Page<Dataset> list(int page, int perPage) {
    Page.check(page, perPage);
    return new Page<>(executor.execute("ListDatasets", Safety.IDEMPOTENT,
        headers -> service.listDatasets(page, perPage, headers),
        Responses.list("datasets", Dataset::fromJson)), page, perPage);
  }

  /** Every dataset, fetched page by page as you iterate. */
  public AutoPager<Dataset> listAll() {
    return AutoPager.ofPageNumbers(page -> list(page, Page.DEFAULT_PER_PAGE).items(), 1,
        Page.DEFAULT_PER_PAGE);
  }

  /** Adds inputs to a dataset; see {@link #addInputs(String, Collection)}. */
  public List<Input> addInputs(String datasetId, String... inputIds) {
    return addInputs(datasetId, Arrays.asList(inputIds));
  }

  /**
   * Adds existing inputs to a dataset, all or none ({@code POST .../datasets/{id}/inputs});
   * adding one twice changes nothing.
   *
   * @return the inputs as stored
   * @throws NotFoundException if the dataset or an input does not exist
   */
  public List<Input> addInputs(String datasetId, Collection<String> inputIds) {
    PathSegments.require(datasetId, "datasetId");
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("dataset_inputs");
    Ids.require(inputIds, "input id").forEach(id -> array.addObject().putObject("input")
        .put("id", id));
    return executor.execute("PostDatasetInputs", Safety.IDEMPOTENT,
        headers -> service.postDatasetInputs(datasetId, body, headers),
        Responses.list("dataset_inputs", DatasetResource::inputOf));
  }

  /** One page of a dataset's inputs. */
  public Page<Input> listInputs(String datasetId, int page, int perPage) {
    PathSegments.require(datasetId, "datasetId");
    Page.check(page, perPage);
    return new Page<>(executor.execute("ListDatasetInputs", Safety.IDEMPOTENT,
        headers -> service.listDatasetInputs(datasetId, page, perPage, headers),
        Responses.list("dataset_inputs", DatasetResource::inputOf)), page, perPage);
  }

  /** Every input of a dataset, fetched page by page as you iterate. */
  public AutoPager<Input> listAllInputs(String datasetId) {
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
  public void removeInputs(String datasetId, String... inputIds) {
    PathSegments.require(datasetId, "datasetId");
    List<String> ids = Ids.require(Arrays.asList(inputIds), "input id");
    executor.execute("DeleteDatasetInputs", Safety.IDEMPOTENT,
        headers -> service.deleteDatasetInputs(datasetId, Ids.body("input_ids", ids), headers),
        Responses::status, ClarifaiExecutor::alreadyDone);
  }

  private static Input inputOf(JsonNode datasetInput) {
    JsonNode input = datasetInput.get("input");
    if (input == null || !input.isObject()) {
      throw new IllegalArgumentException("dataset input: \"input\" is missing");
    }
    return Input.fromJson(input);
  }
}
