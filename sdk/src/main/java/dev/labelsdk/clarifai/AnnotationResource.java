package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.AnnotationQuery;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.InvalidRequestException;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Annotations: {@code client.annotations()} (spec §8.4, §8.7). Creating an annotation with a
 * task id is how a worker labels an assigned input; see {@link Annotation.Builder#draft()} for
 * how that interacts with submitting.
 */
public interface AnnotationResource {

  /** Creates annotations; see {@link #create(List)}. */
  default BatchResult<Annotation> create(Annotation... annotations) {
    return create(Arrays.asList(annotations));
  }

  /**
   * Creates annotations ({@code POST .../annotations}), each stored or refused on its own:
   * check {@link BatchResult#failures()}. For a task annotation the caller needs a pending
   * assignment for the input. Without {@code draft()}, task annotations submit their
   * assignment at once (the older flow). Retried after a lost answer only when every
   * annotation has your id.
   *
   * @throws InvalidRequestException if every annotation was refused (10020)
   */
  BatchResult<Annotation> create(List<Annotation> annotations);

  /**
   * Creates many annotations in batches of {@value InputResource#MAX_BATCH_SIZE}, on the
   * shared bulk engine, exactly as {@link InputResource#submitAll(List, BulkOptions)} does for
   * inputs: one outcome per annotation (an id the app already has, 40010, is
   * {@code ALREADY_EXISTED}), the adaptive rate, and an id derived from the run id and its
   * content for an annotation without one.
   */
  default BulkJob<Annotation> submitAll(List<Annotation> annotations, BulkOptions options) {
    return submitAll(annotations, InputResource.MAX_BATCH_SIZE, options);
  }

  /** {@link #submitAll(List, BulkOptions)} with {@code batchSize} annotations a request. */
  default BulkJob<Annotation> submitAll(List<Annotation> annotations, int batchSize,
      BulkOptions options) {
    return submitAll(BulkInput.of(annotations), batchSize, options);
  }

  /** {@link #submitAll(List, BulkOptions)} over a streamed input; see {@link BulkInput}. */
  default BulkJob<Annotation> submitAll(Iterator<Annotation> annotations, BulkOptions options) {
    return submitAll(BulkInput.of(annotations), InputResource.MAX_BATCH_SIZE, options);
  }

  /** {@link #submitAll(Iterator, BulkOptions)} over a stream, closed when the run ends. */
  default BulkJob<Annotation> submitAll(Stream<Annotation> annotations, BulkOptions options) {
    return submitAll(BulkInput.of(annotations), InputResource.MAX_BATCH_SIZE, options);
  }

  /** What every {@code submitAll} overload runs, {@code batchSize} annotations a request. */
  default BulkJob<Annotation> submitAll(BulkInput<Annotation> annotations, int batchSize,
      BulkOptions options) {
    throw new UnsupportedOperationException("submitAll is implemented by the client's own"
        + " AnnotationResource");
  }

  /**
   * Merges changes into annotations ({@code PATCH}, action {@code merge}): concepts and regions
   * are upserted by id (regions without an id are added), metadata is merged, a status given
   * replaces the old one. Only the author, the task's reviewers and the app owner may change
   * an annotation.
   */
  BatchResult<Annotation> merge(List<Annotation> annotations);

  /** Replaces annotations' data ({@code PATCH}, action {@code overwrite}). */
  BatchResult<Annotation> overwrite(List<Annotation> annotations);

  /**
   * Removes the listed concepts, regions (by id) and metadata keys from annotations
   * ({@code PATCH}, action {@code remove}).
   */
  BatchResult<Annotation> remove(List<Annotation> annotations);

  /**
   * Sets the status of annotations (the older review flow, for reviewers and the app owner):
   * {@link StatusCode#ANNOTATION_SUCCESS} approves, {@link StatusCode#ANNOTATION_REVIEW_DENIED}
   * rejects, {@link StatusCode#ANNOTATION_PENDING} sends back. The assignments they belong to
   * follow.
   */
  BatchResult<Annotation> setStatus(StatusCode status, Collection<Annotation> annotations);

  /** One page of annotations, newest first, filtered (repeated query parameters). */
  Page<Annotation> list(AnnotationQuery query);

  /** Every matching annotation, fetched page by page as you iterate. */
  default AutoPager<Annotation> listAll(AnnotationQuery query) {
    Objects.requireNonNull(query, "query");
    return Pages.all(query.page(), query.perPage(),
        (page, perPage) -> list(query.perPage(perPage).page(page)));
  }

  /**
   * Fetches an annotation of an input.
   *
   * @throws NotFoundException if the input has no such annotation
   */
  Annotation get(String inputId, String annotationId);

  /** Deletes annotations by id; see {@link #delete(Collection)}. */
  default void delete(String... annotationIds) {
    delete(Arrays.asList(annotationIds));
  }

  /**
   * Deletes annotations, all or none (authors, task reviewers and the app owner only).
   *
   * @throws NotFoundException if an id is unknown (then nothing is deleted)
   */
  void delete(Collection<String> annotationIds);

  /** Deletes every annotation of these inputs. */
  void deleteForInputs(String... inputIds);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  AnnotationResource withOptions(RequestOptions options);

  /** {@link #create(List)} with {@code options} for this call. */
  default BatchResult<Annotation> create(List<Annotation> annotations, RequestOptions options) {
    return withOptions(options).create(annotations);
  }

  /** {@link #merge(List)} with {@code options} for this call. */
  default BatchResult<Annotation> merge(List<Annotation> annotations, RequestOptions options) {
    return withOptions(options).merge(annotations);
  }

  /** {@link #overwrite(List)} with {@code options} for this call. */
  default BatchResult<Annotation> overwrite(List<Annotation> annotations, RequestOptions options) {
    return withOptions(options).overwrite(annotations);
  }

  /** {@link #remove(List)} with {@code options} for this call. */
  default BatchResult<Annotation> remove(List<Annotation> annotations, RequestOptions options) {
    return withOptions(options).remove(annotations);
  }

  /** {@link #setStatus(StatusCode, Collection)} with {@code options} for this call. */
  default BatchResult<Annotation> setStatus(StatusCode status, Collection<Annotation> annotations,
      RequestOptions options) {
    return withOptions(options).setStatus(status, annotations);
  }

  /** {@link #list(AnnotationQuery)} with {@code options} for this call. */
  default Page<Annotation> list(AnnotationQuery query, RequestOptions options) {
    return withOptions(options).list(query);
  }

  /** {@link #listAll(AnnotationQuery)} with {@code options} for this call. */
  default AutoPager<Annotation> listAll(AnnotationQuery query, RequestOptions options) {
    return withOptions(options).listAll(query);
  }

  /** {@link #get(String, String)} with {@code options} for this call. */
  default Annotation get(String inputId, String annotationId, RequestOptions options) {
    return withOptions(options).get(inputId, annotationId);
  }

  /** {@link #delete(Collection)} with {@code options} for this call. */
  default void delete(Collection<String> annotationIds, RequestOptions options) {
    withOptions(options).delete(annotationIds);
  }

  /** {@link #deleteForInputs(String[])} with {@code options} for this call. */
  default void deleteForInputs(RequestOptions options, String... inputIds) {
    withOptions(options).deleteForInputs(inputIds);
  }
}
