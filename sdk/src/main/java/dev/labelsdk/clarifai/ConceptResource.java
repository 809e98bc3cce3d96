package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.ClarifaiExecutor.Safety;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The app's concepts: {@code client.concepts()}. Tasks create the concepts they name, so this
 * is needed mostly to give concepts display names.
 */
public final class ConceptResource {

  private final ClarifaiService service;
  private final ClarifaiExecutor executor;

  ConceptResource(ClarifaiService service, ClarifaiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Creates concepts; see {@link #create(List)}. */
  public BatchResult<Concept> create(Concept... concepts) {
    return create(Arrays.asList(concepts));
  }

  /**
   * Creates concepts ({@code POST .../concepts}), each stored or refused on its own (an id
   * already used is refused with 40010: see {@link BatchResult#failures()}).
   *
   * @throws InvalidRequestException if every concept was refused (10020)
   */
  public BatchResult<Concept> create(List<Concept> concepts) {
    if (concepts.isEmpty()) {
      throw new IllegalArgumentException("give at least one concept");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("concepts");
    concepts.forEach(c -> array.add(Requests.create(Objects.requireNonNull(c, "concept")
        .toJson())));
    // Concept ids are always the client's: a repeat cannot create duplicates.
    return executor.execute("PostConcepts", Safety.IDEMPOTENT,
        headers -> service.postConcepts(body, headers),
        Responses.batch("concepts", Concept::fromJson));
  }

  /**
   * Fetches a concept.
   *
   * @throws NotFoundException if the app has no such concept
   */
  public Concept get(String conceptId) {
    PathSegments.require(conceptId, "conceptId");
    return executor.execute("GetConcept", Safety.IDEMPOTENT,
        headers -> service.getConcept(conceptId, headers),
        Responses.single("concept", Concept::fromJson));
  }

  /** One page of concepts, newest first. */
  public Page<Concept> list(int page, int perPage) {
    Page.check(page, perPage);
    return new Page<>(executor.execute("ListConcepts", Safety.IDEMPOTENT,
        headers -> service.listConcepts(page, perPage, headers),
        Responses.list("concepts", Concept::fromJson)), page, perPage);
  }

  /** Every concept, fetched page by page as you iterate. */
  public AutoPager<Concept> listAll() {
    return AutoPager.ofPageNumbers(page -> list(page, Page.DEFAULT_PER_PAGE).items(), 1,
        Page.DEFAULT_PER_PAGE);
  }
}
