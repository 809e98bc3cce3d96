package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.AnnotationQuery;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** The {@link AnnotationResource} that calls the API. */
final class AnnotationResourceImpl extends ClarifaiResource<AnnotationResource>
    implements AnnotationResource {

  AnnotationResourceImpl(ClarifaiService service, CallExecutor executor) {
    super(service, executor, AnnotationResourceImpl::new);
  }

  @Override
  public BatchResult<Annotation> create(List<Annotation> annotations) {
    ObjectNode body = body(annotations, null);
    return executor.execute(createSafety(annotations),
        headers -> service.postAnnotations(body, headers),
        Responses.batch("annotations", Annotation::fromJson));
  }

  @Override
  public BulkJob<Annotation> submitAll(BulkInput<Annotation> annotations, int batchSize,
      BulkOptions options) {
    Objects.requireNonNull(annotations, "annotations");
    Objects.requireNonNull(options, "options");
    return BulkBatchSubmitter.start(BulkBatchSubmitter.annotations(service), executor,
        annotations, batchSize, options);
  }

  @Override
  public BatchResult<Annotation> merge(List<Annotation> annotations) {
    return patch("merge", annotations, Safety.NOT_IDEMPOTENT);
  }

  @Override
  public BatchResult<Annotation> overwrite(List<Annotation> annotations) {
    return patch("overwrite", annotations, Safety.IDEMPOTENT);
  }

  @Override
  public BatchResult<Annotation> remove(List<Annotation> annotations) {
    return patch("remove", annotations, Safety.NOT_IDEMPOTENT);
  }

  @Override
  public BatchResult<Annotation> setStatus(StatusCode status, Collection<Annotation> annotations) {
    Objects.requireNonNull(status, "status");
    List<Annotation> changes = annotations.stream()
        .map(a -> Annotation.builder().id(requireId(a)).inputId(a.inputId()).status(status)
            .build())
        .toList();
    // Only the status is sent, so a repeat changes nothing.
    return patch("merge", changes, Safety.IDEMPOTENT);
  }

  private BatchResult<Annotation> patch(String action, List<Annotation> annotations,
      Safety safety) {
    annotations.forEach(AnnotationResourceImpl::requireId);
    ObjectNode body = body(annotations, action);
    return executor.execute(safety,
        headers -> service.patchAnnotations(body, headers),
        Responses.batch("annotations", Annotation::fromJson));
  }

  @Override
  public Page<Annotation> list(AnnotationQuery query) {
    Objects.requireNonNull(query, "query");
    return Pages.of(executor.execute(Safety.IDEMPOTENT, listCalls(service, query),
        Responses.list("annotations", Annotation::fromJson)), query.page(), query.perPage());
  }

  /** The calls of one list page, sync or async. */
  static CallExecutor.CallFactory listCalls(ClarifaiService service, AnnotationQuery query) {
    List<String> statuses = query.statuses().stream().map(s -> s.toJson().asText()).toList();
    return headers -> service.listAnnotations(
        TaskResourceImpl.nullIfEmpty(query.ids()),
        TaskResourceImpl.nullIfEmpty(query.inputIds()),
        TaskResourceImpl.nullIfEmpty(query.userIds()),
        TaskResourceImpl.nullIfEmpty(statuses),
        query.taskId().orElse(null),
        query.isAllAuthors() ? Boolean.TRUE : null,
        query.page().isPresent() ? query.page().getAsInt() : null,
        query.perPage().isPresent() ? query.perPage().getAsInt() : null,
        headers);
  }

  /** Retries are safe when every annotation has a client id. */
  static Safety createSafety(List<Annotation> annotations) {
    return annotations.stream().noneMatch(a -> a.id().isEmpty()) ? Safety.IDEMPOTENT
        : Safety.CREATES_WITHOUT_IDS;
  }

  @Override
  public Annotation get(String inputId, String annotationId) {
    PathSegments.require(inputId, "inputId");
    PathSegments.require(annotationId, "annotationId");
    return executor.execute(Safety.IDEMPOTENT,
        headers -> service.getAnnotation(inputId, annotationId, headers),
        Responses.single("annotation", Annotation.class));
  }

  @Override
  public void delete(Collection<String> annotationIds) {
    delete(service::deleteAnnotations, "ids", annotationIds, "annotation id");
  }

  @Override
  public void deleteForInputs(String... inputIds) {
    List<String> ids = Ids.require(Arrays.asList(inputIds), "input id");
    executor.execute(Safety.IDEMPOTENT,
        headers -> service.deleteAnnotations(Ids.body("input_ids", ids), headers),
        Responses.STATUS);
  }

  /** One annotation as a request item (its status code, if set, as the only status field). */
  static ObjectNode requestJson(Annotation a) {
    ObjectNode json = Requests.create(a.toJson());
    a.status().ifPresent(s -> json.putObject("status").set("code", s.code().toJson()));
    return json;
  }

  /** The body of a create ({@code action} null) or a patch. */
  static ObjectNode body(List<Annotation> annotations, String action) {
    if (annotations.isEmpty()) {
      throw new IllegalArgumentException("give at least one annotation");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("annotations");
    annotations.forEach(a -> array.add(requestJson(Objects.requireNonNull(a, "annotation"))));
    if (action != null) {
      body.put("action", action);
    }
    return body;
  }

  private static String requireId(Annotation a) {
    if (a.id().isEmpty()) {
      throw new IllegalArgumentException("changing an annotation needs its id (input "
          + a.inputId() + ")");
    }
    return a.id();
  }
}
