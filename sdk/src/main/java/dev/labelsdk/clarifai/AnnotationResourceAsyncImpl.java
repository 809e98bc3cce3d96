package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.AnnotationQuery;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.PathSegments;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/** The {@link AnnotationResourceAsync} that calls the API, with the sync resource's requests. */
final class AnnotationResourceAsyncImpl extends ClarifaiResource<AnnotationResourceAsync>
    implements AnnotationResourceAsync {

  AnnotationResourceAsyncImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, AnnotationResourceAsyncImpl::new);
  }

  @Override
  public CompletableFuture<BatchResult<Annotation>> create(List<Annotation> annotations) {
    var body = AnnotationResourceImpl.body(annotations, null);
    return executor.executeAsync(AnnotationResourceImpl.createSafety(annotations),
        headers -> service.postAnnotations(body, headers),
        Responses.batch("annotations", Annotation::fromJson));
  }

  @Override
  public CompletableFuture<Annotation> get(String inputId, String annotationId) {
    PathSegments.require(inputId, "inputId");
    PathSegments.require(annotationId, "annotationId");
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> service.getAnnotation(inputId, annotationId, headers),
        Responses.single("annotation", Annotation.class));
  }

  @Override
  public CompletableFuture<Page<Annotation>> list(AnnotationQuery query) {
    Objects.requireNonNull(query, "query");
    return executor.executeAsync(Safety.IDEMPOTENT,
        AnnotationResourceImpl.listCalls(service, query),
        Responses.list("annotations", Annotation::fromJson))
        .thenApply(found -> Pages.of(found, query.page(), query.perPage()));
  }

  @Override
  public Flow.Publisher<Page<Annotation>> listAll(AnnotationQuery query) {
    Objects.requireNonNull(query, "query");
    return Pages.allAsync(query.page(), query.perPage(),
        (page, perPage) -> list(query.perPage(perPage).page(page)));
  }
}
