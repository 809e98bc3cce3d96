package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.AnnotationQuery;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.RequestOptions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Annotations, asynchronously: {@code client.async().annotations()}. The twins of
 * {@link AnnotationResource}'s create, get and list, with the same retries; see
 * {@link TaskResourceAsync}.
 */
public interface AnnotationResourceAsync {

  /** See {@link AnnotationResource#create(Annotation...)}. */
  default CompletableFuture<BatchResult<Annotation>> create(Annotation... annotations) {
    return create(Arrays.asList(annotations));
  }

  /** See {@link AnnotationResource#create(List)}. */
  CompletableFuture<BatchResult<Annotation>> create(List<Annotation> annotations);

  /** See {@link AnnotationResource#get(String, String)}. */
  CompletableFuture<Annotation> get(String inputId, String annotationId);

  /** See {@link AnnotationResource#list(AnnotationQuery)}. */
  CompletableFuture<Page<Annotation>> list(AnnotationQuery query);

  /**
   * Every page of matching annotations as a {@link Flow.Publisher} (one page per unit of
   * demand, from the query's page until a short page).
   */
  Flow.Publisher<Page<Annotation>> listAll(AnnotationQuery query);

  /** See {@link AnnotationResource#withOptions(RequestOptions)}. */
  AnnotationResourceAsync withOptions(RequestOptions options);

  /** {@link #create(List)} with {@code options} for this call. */
  default CompletableFuture<BatchResult<Annotation>> create(List<Annotation> annotations,
      RequestOptions options) {
    return withOptions(options).create(annotations);
  }

  /** {@link #get(String, String)} with {@code options} for this call. */
  default CompletableFuture<Annotation> get(String inputId, String annotationId,
      RequestOptions options) {
    return withOptions(options).get(inputId, annotationId);
  }

  /** {@link #list(AnnotationQuery)} with {@code options} for this call. */
  default CompletableFuture<Page<Annotation>> list(AnnotationQuery query,
      RequestOptions options) {
    return withOptions(options).list(query);
  }

  /** {@link #listAll(AnnotationQuery)} with {@code options} for this call. */
  default Flow.Publisher<Page<Annotation>> listAll(AnnotationQuery query,
      RequestOptions options) {
    return withOptions(options).listAll(query);
  }
}
