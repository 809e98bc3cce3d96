package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.List;
import java.util.Objects;

/** The {@link ConceptResource} that calls the API. */
final class ConceptResourceImpl implements ConceptResource {

  /** The decoders of both paths. */
  static final Decoder<BatchResult<Concept>> CREATED =
      Responses.batch("concepts", Concept::fromJson);
  static final Decoder<Concept> CONCEPT = Responses.single("concept", Concept.class);
  static final Decoder<List<Concept>> CONCEPTS = Responses.list("concepts", Concept.class);
  private final ClarifaiService service;
  private final CallExecutor executor;

  ConceptResourceImpl(ClarifaiService service, CallExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  @Override
  public ConceptResource withOptions(RequestOptions options) {
    return new ConceptResourceImpl(service, ClarifaiClient.applyOptions(executor, options));
  }

  @Override
  public BatchResult<Concept> create(List<Concept> concepts) {
    ObjectNode body = createBody(concepts);
    // Concept ids are always the client's: a repeat cannot create duplicates.
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.postConcepts(body, headers), CREATED);
  }

  /** The body of a create, validated before anything is sent (sync or async). */
  static ObjectNode createBody(List<Concept> concepts) {
    if (concepts.isEmpty()) {
      throw new IllegalArgumentException("give at least one concept");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("concepts");
    concepts.forEach(c -> array.add(Requests.create(Objects.requireNonNull(c, "concept")
        .toJson())));
    return body;
  }

  @Override
  public Concept get(String conceptId) {
    PathSegments.require(conceptId, "conceptId");
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.getConcept(conceptId, headers), CONCEPT);
  }

  @Override
  public Page<Concept> list(int page, int perPage) {
    Page.check(page, perPage);
    return new Page<>(executor.execute(Safety.IDEMPOTENT,
        headers -> service.listConcepts(page, perPage, headers), CONCEPTS), page, perPage);
  }

}
