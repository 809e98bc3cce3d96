package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.core.RequestOptions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Concepts, asynchronously: {@code client.async().concepts()}. The twins of
 * {@link ConceptResource}'s methods, with the same retries; see {@link TaskResourceAsync}.
 */
public interface ConceptResourceAsync extends PagedResourceAsync<Concept> {

  /** See {@link ConceptResource#create(Concept...)}. */
  default CompletableFuture<BatchResult<Concept>> create(Concept... concepts) {
    return create(Arrays.asList(concepts));
  }

  /** See {@link ConceptResource#create(List)}: per-concept statuses in a {@link BatchResult}. */
  CompletableFuture<BatchResult<Concept>> create(List<Concept> concepts);

  /** See {@link ConceptResource#get(String)}. */
  CompletableFuture<Concept> get(String conceptId);



  /** See {@link ConceptResource#withOptions(RequestOptions)}. */
  @Override
  ConceptResourceAsync withOptions(RequestOptions options);

  /** {@link #create(List)} with {@code options} for this call. */
  default CompletableFuture<BatchResult<Concept>> create(List<Concept> concepts,
      RequestOptions options) {
    return withOptions(options).create(concepts);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default CompletableFuture<Concept> get(String conceptId, RequestOptions options) {
    return withOptions(options).get(conceptId);
  }


}
