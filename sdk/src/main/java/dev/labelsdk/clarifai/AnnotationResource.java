package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.ClarifaiExecutor.Safety;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.AnnotationQuery;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.AutoPager;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.PathSegments;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Annotations: {@code client.annotations()} (spec §8.4, §8.7). Creating an annotation with a
 * task id is how a worker labels an assigned input; see {@link Annotation.Builder#draft()} for
 * how that interacts with submitting.
 */
public final class AnnotationResource {

  private final ClarifaiService service;
  private final ClarifaiExecutor executor;

  AnnotationResource(ClarifaiService service, ClarifaiExecutor executor) {
    this.service = service;
    this.executor = executor;
  }

  /** Creates annotations; see {@link #create(List)}. */
  public BatchResult<Annotation> create(Annotation... annotations) {
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
  public BatchResult<Annotation> create(List<Annotation> annotations) {
    ObjectNode body = body(annotations, null);
    boolean clientIds = annotations.stream().noneMatch(a -> a.id().isEmpty());
    return executor.execute("PostAnnotations",
        clientIds ? Safety.IDEMPOTENT : Safety.CREATES_WITHOUT_IDS,
        headers -> service.postAnnotations(body, headers),
        Responses.batch("annotations", Annotation::fromJson));
  }

  /**
   * Merges changes into annotations ({@code PATCH}, action {@code merge}): concepts and regions
   * are upserted by id (regions without an id are added), metadata is merged, a status given
   * replaces the old one. Only the author, the task's reviewers and the app owner may change
   * an annotation.
   */
  public BatchResult<Annotation> merge(List<Annotation> annotations) {
    return patch("merge", annotations, Safety.NOT_IDEMPOTENT);
  }

  /** Replaces annotations' data ({@code PATCH}, action {@code overwrite}). */
  public BatchResult<Annotation> overwrite(List<Annotation> annotations) {
    return patch("overwrite", annotations, Safety.IDEMPOTENT);
  }

  /**
   * Removes the listed concepts, regions (by id) and metadata keys from annotations
   * ({@code PATCH}, action {@code remove}).
   */
  public BatchResult<Annotation> remove(List<Annotation> annotations) {
    return patch("remove", annotations, Safety.NOT_IDEMPOTENT);
  }

  /**
   * Sets the status of annotations (the older review flow, for reviewers and the app owner):
   * {@link StatusCode#ANNOTATION_SUCCESS} approves, {@link StatusCode#ANNOTATION_REVIEW_DENIED}
   * rejects, {@link StatusCode#ANNOTATION_PENDING} sends back. The assignments they belong to
   * follow.
   */
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
    annotations.forEach(AnnotationResource::requireId);
    ObjectNode body = body(annotations, action);
    return executor.execute("PatchAnnotations", safety,
        headers -> service.patchAnnotations(body, headers),
        Responses.batch("annotations", Annotation::fromJson));
  }

  /** One page of annotations, newest first, filtered (repeated query parameters). */
  public Page<Annotation> list(AnnotationQuery query) {
    Objects.requireNonNull(query, "query");
    int page = query.page().orElse(1);
    int perPage = query.perPage().orElse(Page.DEFAULT_PER_PAGE);
    List<String> statuses = query.statuses().stream().map(s -> s.toJson().asText()).toList();
    return new Page<>(executor.execute("ListAnnotations", Safety.IDEMPOTENT,
        headers -> service.listAnnotations(
            TaskResource.nullIfEmpty(query.ids()),
            TaskResource.nullIfEmpty(query.inputIds()),
            TaskResource.nullIfEmpty(query.userIds()),
            TaskResource.nullIfEmpty(statuses),
            query.taskId().orElse(null),
            query.isAllAuthors() ? Boolean.TRUE : null,
            query.page().isPresent() ? page : null,
            query.perPage().isPresent() ? perPage : null,
            headers),
        Responses.list("annotations", Annotation::fromJson)), page, perPage);
  }

  /** Every matching annotation, fetched page by page as you iterate. */
  public AutoPager<Annotation> listAll(AnnotationQuery query) {
    Objects.requireNonNull(query, "query");
    int perPage = query.perPage().orElse(Page.DEFAULT_PER_PAGE);
    AnnotationQuery sized = query.perPage(perPage);
    return AutoPager.ofPageNumbers(page -> list(sized.page(page)).items(),
        query.page().orElse(1), perPage);
  }

  /**
   * Fetches an annotation of an input.
   *
   * @throws NotFoundException if the input has no such annotation
   */
  public Annotation get(String inputId, String annotationId) {
    PathSegments.require(inputId, "inputId");
    PathSegments.require(annotationId, "annotationId");
    return executor.execute("GetAnnotation", Safety.IDEMPOTENT,
        headers -> service.getAnnotation(inputId, annotationId, headers),
        Responses.single("annotation", Annotation::fromJson));
  }

  /** Deletes annotations by id; see {@link #delete(Collection)}. */
  public void delete(String... annotationIds) {
    delete(Arrays.asList(annotationIds));
  }

  /**
   * Deletes annotations, all or none (authors, task reviewers and the app owner only).
   *
   * @throws NotFoundException if an id is unknown (then nothing is deleted)
   */
  public void delete(Collection<String> annotationIds) {
    List<String> ids = Ids.require(annotationIds, "annotation id");
    executor.execute("DeleteAnnotations", Safety.IDEMPOTENT,
        headers -> service.deleteAnnotations(Ids.body("ids", ids), headers), Responses::status,
        ClarifaiExecutor::alreadyDone);
  }

  /** Deletes every annotation of these inputs. */
  public void deleteForInputs(String... inputIds) {
    List<String> ids = Ids.require(Arrays.asList(inputIds), "input id");
    executor.execute("DeleteAnnotations", Safety.IDEMPOTENT,
        headers -> service.deleteAnnotations(Ids.body("input_ids", ids), headers),
        Responses::status);
  }

  private static ObjectNode body(List<Annotation> annotations, String action) {
    if (annotations.isEmpty()) {
      throw new IllegalArgumentException("give at least one annotation");
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray("annotations");
    annotations.forEach(a -> {
      ObjectNode json = Requests.create(Objects.requireNonNull(a, "annotation").toJson());
      a.status().ifPresent(s -> json.putObject("status").set("code", s.code().toJson()));
      array.add(json);
    });
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
