package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import java.util.List;

/** The {@link ConceptResource} that calls the API. */
final class ConceptResourceImpl extends ClarifaiResource<ConceptResource>
    implements ConceptResource {

  /** The decoders of both paths. */
  static final Decoder<BatchResult<Concept>> CREATED =
      Responses.batch("concepts", Concept::fromJson);
  static final Decoder<Concept> CONCEPT = Responses.single("concept", Concept.class);
  static final Decoder<List<Concept>> CONCEPTS = Responses.list("concepts", Concept.class);

  ConceptResourceImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, ConceptResourceImpl::new);
  }

  @Override
  public BatchResult<Concept> create(List<Concept> concepts) {
    ObjectNode body = createBody(concepts);
    // Concept ids are always the client's: a repeat cannot create duplicates.
    return idempotent(headers -> service.postConcepts(body, headers), CREATED);
  }

  /** The body of a create, validated before anything is sent (sync or async). */
  static ObjectNode createBody(List<Concept> concepts) {
    return createBody("concepts", "concept", concepts, Concept::toJson);
  }

  @Override
  public Concept get(String conceptId) {
    return idempotent(at(conceptId, "conceptId", service::getConcept), CONCEPT);
  }

  @Override
  public Page<Concept> list(int page, int perPage) {
    return page(page, perPage, service::listConcepts, CONCEPTS);
  }

}
