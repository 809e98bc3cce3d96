package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.InvalidRequestException;
import java.util.Arrays;
import java.util.List;

/**
 * The app's concepts: {@code client.concepts()}. Tasks create the concepts they name, so this
 * is needed mostly to give concepts display names.
 */
public interface ConceptResource extends PagedResource<Concept> {

  /** Creates concepts; see {@link #create(List)}. */
  default BatchResult<Concept> create(Concept... concepts) {
    return create(Arrays.asList(concepts));
  }

  /**
   * Creates concepts ({@code POST .../concepts}), each stored or refused on its own (an id
   * already used is refused with 40010: see {@link BatchResult#failures()}).
   *
   * @throws InvalidRequestException if every concept was refused (10020)
   */
  BatchResult<Concept> create(List<Concept> concepts);

  /**
   * Fetches a concept.
   *
   * @throws NotFoundException if the app has no such concept
   */
  Concept get(String conceptId);



  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  @Override
  ConceptResource withOptions(RequestOptions options);

  /** {@link #create(List)} with {@code options} for this call. */
  default BatchResult<Concept> create(List<Concept> concepts, RequestOptions options) {
    return withOptions(options).create(concepts);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default Concept get(String conceptId, RequestOptions options) {
    return withOptions(options).get(conceptId);
  }


}
