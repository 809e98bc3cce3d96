package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.AsyncPager;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link ConceptResourceAsync} that calls the API, with the sync resource's requests. */
final class ConceptResourceAsyncImpl implements ConceptResourceAsync {

  private final ClarifaiService service;
  private final CallExecutor executor;

  ConceptResourceAsyncImpl(ClarifaiService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public ConceptResourceAsync withOptions(RequestOptions options) {
    return new ConceptResourceAsyncImpl(service, ClarifaiClient.applyOptions(executor, options));
  }

  @Override
  public CompletableFuture<BatchResult<Concept>> create(List<Concept> concepts) {
    ObjectNode body = ConceptResourceImpl.createBody(concepts);
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.postConcepts(body, headers), ConceptResourceImpl.CREATED);
  }

  @Override
  public CompletableFuture<Concept> get(String conceptId) {
    PathSegments.require(conceptId, "conceptId");
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.getConcept(conceptId, headers), ConceptResourceImpl.CONCEPT);
  }

  @Override
  public CompletableFuture<Page<Concept>> list(int page, int perPage) {
    Page.check(page, perPage);
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.listConcepts(page, perPage, headers), ConceptResourceImpl.CONCEPTS)
        .thenApply(items -> new Page<>(items, page, perPage));
  }

  @Override
  public Flow.Publisher<Page<Concept>> listAll() {
    return AsyncPager.ofPageNumbers(page -> list(page, Page.DEFAULT_PER_PAGE), 1,
        Page.DEFAULT_PER_PAGE);
  }
}
