package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The {@link InputResource} that calls the API. */
final class InputResourceImpl implements InputResource {

  private final ClarifaiService service;
  private final CallExecutor executor;

  InputResourceImpl(ClarifaiService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public InputResource withOptions(RequestOptions options) {
    return new InputResourceImpl(service, ClarifaiClient.applyOptions(executor, options));
  }

  @Override
  public BatchResult<Input> create(List<Input> inputs) {
    ObjectNode body = createBody(inputs);
    return executor.execute(createSafety(inputs),
        headers -> service.postInputs(body, headers), Responses.batch("inputs", Input::fromJson));
  }

  /** The body of {@link #create(List)}, shared with the async create. */
  static ObjectNode createBody(List<Input> inputs) {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("give at least one input");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("inputs");
    inputs.forEach(i -> array.add(Requests.create(Objects.requireNonNull(i, "input").toJson())));
    return body;
  }

  /** Retries are safe when every input has a client id. */
  static Safety createSafety(List<Input> inputs) {
    return inputs.stream().noneMatch(i -> i.id().isEmpty()) ? Safety.IDEMPOTENT
        : Safety.CREATES_WITHOUT_IDS;
  }

  @Override
  public BulkJob<Input> submitAll(BulkInput<Input> inputs, int batchSize, BulkOptions options) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    return BulkBatchSubmitter.start(BulkBatchSubmitter.inputs(service), executor, inputs,
        batchSize, options);
  }

  @Override
  public Input get(String inputId) {
    PathSegments.require(inputId, "inputId");
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.getInput(inputId, headers), Responses.single("input", Input.class));
  }

  @Override
  public Page<Input> list(int page, int perPage) {
    Page.check(page, perPage);
    return new Page<>(executor.execute(Safety.IDEMPOTENT,
        headers -> service.listInputs(page, perPage, headers),
        Responses.list("inputs", Input.class)), page, perPage);
  }

  @Override
  public void delete(Collection<String> inputIds) {
    List<String> ids = Ids.require(inputIds, "input id");
    executor.execute(Safety.IDEMPOTENT,
        headers -> service.deleteInputs(Ids.body("ids", ids), headers), Responses.STATUS,
        ClarifaiRecovery::alreadyDone);
  }
}
