package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The {@link InputResource} that calls the API. */
final class InputResourceImpl extends ClarifaiResource<InputResource> implements InputResource {

  /** The decoders of both paths. */
  static final Decoder<Input> INPUT = Responses.single("input", Input.class);
  static final Decoder<List<Input>> INPUTS = Responses.list("inputs", Input.class);

  InputResourceImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, InputResourceImpl::new);
  }

  @Override
  public BatchResult<Input> create(List<Input> inputs) {
    ObjectNode body = createBody(inputs);
    return executor.execute(createSafety(inputs),
        headers -> service.postInputs(body, headers), Responses.batch("inputs", Input::fromJson));
  }

  /** The body of {@link #create(List)}, shared with the async create. */
  static ObjectNode createBody(List<Input> inputs) {
    return createBody("inputs", "input", inputs, Input::toJson);
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
    return idempotent(at(inputId, "inputId", service::getInput), INPUT);
  }

  @Override
  public Page<Input> list(int page, int perPage) {
    return page(page, perPage, service::listInputs, INPUTS);
  }

  @Override
  public void delete(Collection<String> inputIds) {
    delete(service::deleteInputs, "ids", inputIds, "input id");
  }
}
