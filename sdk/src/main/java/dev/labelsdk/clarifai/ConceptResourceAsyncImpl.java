package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.CallExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The {@link ConceptResourceAsync} that calls the API, with the sync resource's requests. */
final class ConceptResourceAsyncImpl extends ClarifaiResource<ConceptResourceAsync>
    implements ConceptResourceAsync {

  ConceptResourceAsyncImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, ConceptResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<BatchResult<Concept>> create(List<Concept> concepts) {
    ObjectNode body = ConceptResourceImpl.createBody(concepts);
    return idempotentAsync(headers -> service.postConcepts(body, headers),
        ConceptResourceImpl.CREATED);
  }

  @Override
  public CompletableFuture<Concept> get(String conceptId) {
    return idempotentAsync(at(conceptId, "conceptId", service::getConcept),
        ConceptResourceImpl.CONCEPT);
  }

  @Override
  public CompletableFuture<Page<Concept>> list(int page, int perPage) {
    return pageAsync(page, perPage, service::listConcepts, ConceptResourceImpl.CONCEPTS);
  }

}
