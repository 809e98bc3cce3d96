package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link InputResourceAsync} that calls the API, with the sync resource's requests. */
final class InputResourceAsyncImpl implements InputResourceAsync {

  private final ClarifaiService service;
  private final CallExecutor executor;

  InputResourceAsyncImpl(ClarifaiService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public InputResourceAsync withOptions(RequestOptions options) {
    return new InputResourceAsyncImpl(service, ClarifaiClient.applyOptions(executor, options));
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
    PathSegments.require(inputId, "inputId");
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.getInput(inputId, headers), Responses.single("input", Input.class));
  }

  @Override
  public CompletableFuture<Page<Input>> list(int page, int perPage) {
    Page.check(page, perPage);
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.listInputs(page, perPage, headers),
        Responses.list("inputs", Input.class)).thenApply(i -> new Page<>(i, page, perPage));
  }

  @Override
  public Flow.Publisher<Page<Input>> listAll() {
    return AsyncPager.ofPageNumbers(page -> list(page, Page.DEFAULT_PER_PAGE), 1,
        Page.DEFAULT_PER_PAGE);
  }
}
