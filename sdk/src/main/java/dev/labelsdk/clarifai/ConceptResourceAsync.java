package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.RequestOptions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Concepts, asynchronously: {@code client.async().concepts()}. The twins of
 * {@link ConceptResource}'s methods, with the same retries; see {@link TaskResourceAsync}.
 */
public interface ConceptResourceAsync {

  /** See {@link ConceptResource#create(Concept...)}. */
  default CompletableFuture<BatchResult<Concept>> create(Concept... concepts) {
    return create(Arrays.asList(concepts));
  }

  /** See {@link ConceptResource#create(List)}: per-concept statuses in a {@link BatchResult}. */
  CompletableFuture<BatchResult<Concept>> create(List<Concept> concepts);

  /** See {@link ConceptResource#get(String)}. */
  CompletableFuture<Concept> get(String conceptId);

  /** See {@link ConceptResource#list(int, int)}. */
  CompletableFuture<Page<Concept>> list(int page, int perPage);

  /**
   * Every page of concepts as a {@link Flow.Publisher} (one page per unit of demand,
   * {@link Page#DEFAULT_PER_PAGE} a page, until an empty or short page).
   */
  Flow.Publisher<Page<Concept>> listAll();

  /** See {@link ConceptResource#withOptions(RequestOptions)}. */
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

  /** {@link #list(int, int)} with {@code options} for this call. */
  default CompletableFuture<Page<Concept>> list(int page, int perPage, RequestOptions options) {
    return withOptions(options).list(page, perPage);
  }

  /** {@link #listAll()} with {@code options} for this call. */
  default Flow.Publisher<Page<Concept>> listAll(RequestOptions options) {
    return withOptions(options).listAll();
  }
}
