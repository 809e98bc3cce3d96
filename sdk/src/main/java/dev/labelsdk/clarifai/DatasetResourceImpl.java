package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The {@link DatasetResource} that calls the API. */
final class DatasetResourceImpl extends ClarifaiResource<DatasetResource>
    implements DatasetResource {

  /** The decoders of both paths. */
  static final Decoder<Dataset> DATASET = Responses.single("dataset", Dataset.class);
  static final Decoder<List<Dataset>> DATASETS = Responses.list("datasets", Dataset.class);
  static final Decoder<List<Input>> DATASET_INPUTS =
      Responses.list("dataset_inputs", DatasetResourceImpl::inputOf);

  DatasetResourceImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, DatasetResourceImpl::new);
  }

  @Override
  public List<Dataset> create(List<Dataset> datasets) {
    ObjectNode body = createBody(datasets);
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.postDatasets(body, headers), DATASETS,
        (failure, earlier) -> createdEarlier(failure, earlier)
            ? Optional.of(datasets.stream().map(d -> get(d.id())).toList()) : Optional.empty());
  }

  /** The body of a create, validated before anything is sent (sync or async). */
  static ObjectNode createBody(List<Dataset> datasets) {
    return createBody("datasets", "dataset", datasets, Dataset::toJson);
  }

  /**
   * The recovery test of both paths: a create that met its own ids (40010) after an attempt
   * whose answer was lost made those datasets; they are fetched and returned.
   */
  static boolean createdEarlier(RuntimeException failure, List<RuntimeException> earlier) {
    return ClarifaiRecovery.code(failure) == StatusCode.DATABASE_DUPLICATE_KEY.number()
        && earlier.stream().anyMatch(ClarifaiRecovery::mayHaveCommitted);
  }

  @Override
  public Dataset get(String datasetId) {
    return idempotent(at(datasetId, "datasetId", service::getDataset), DATASET);
  }

  @Override
  public Page<Dataset> list(int page, int perPage) {
    return page(page, perPage, service::listDatasets, DATASETS);
  }

  @Override
  public List<Input> addInputs(String datasetId, Collection<String> inputIds) {
    PathSegments.require(datasetId, "datasetId");
    ObjectNode body = addInputsBody(inputIds);
    return idempotent(headers -> service.postDatasetInputs(datasetId, body, headers),
        DATASET_INPUTS);
  }

  /** The body that adds inputs, validated before anything is sent (sync or async). */
  static ObjectNode addInputsBody(Collection<String> inputIds) {
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("dataset_inputs");
    Ids.require(inputIds, "input id").forEach(id -> array.addObject().putObject("input")
        .put("id", id));
    return body;
  }

  @Override
  public Page<Input> listInputs(String datasetId, int page, int perPage) {
    PathSegments.require(datasetId, "datasetId");
    return page(page, perPage, (p, size, headers) ->
        service.listDatasetInputs(datasetId, p, size, headers), DATASET_INPUTS);
  }

  @Override
  public void removeInputs(String datasetId, String... inputIds) {
    PathSegments.require(datasetId, "datasetId");
    delete((body, headers) -> service.deleteDatasetInputs(datasetId, body, headers), "input_ids",
        Arrays.asList(inputIds), "input id");
  }

  private static Input inputOf(JsonNode datasetInput) {
    JsonNode input = datasetInput.get("input");
    if (input == null || !input.isObject()) {
      throw new IllegalArgumentException("dataset input: \"input\" is missing");
    }
    return Input.fromJson(input);
  }
}
