package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.CallExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The {@link InputResourceAsync} that calls the API, with the sync resource's requests. */
final class InputResourceAsyncImpl extends ClarifaiResource<InputResourceAsync>
    implements InputResourceAsync {

  InputResourceAsyncImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, InputResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<BatchResult<Input>> create(List<Input> inputs) {
    var body = InputResourceImpl.createBody(inputs);
    return executor.executeAsync(InputResourceImpl.createSafety(inputs),
        headers -> service.postInputs(body, headers),
        Responses.batch("inputs", Input::fromJson));
  }

  @Override
  public CompletableFuture<Input> get(String inputId) {
    return idempotentAsync(at(inputId, "inputId", service::getInput), InputResourceImpl.INPUT);
  }

  @Override
  public CompletableFuture<Page<Input>> list(int page, int perPage) {
    return pageAsync(page, perPage, service::listInputs, InputResourceImpl.INPUTS);
  }

}
