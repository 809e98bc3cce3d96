package dev.labelsdk.clarifai;

import dev.labelsdk.core.CallExecutor;
import java.util.concurrent.CompletableFuture;

/**
 * The async view of a {@link ClarifaiClient} ({@code client.async()}): the same connections,
 * options, retry policy and recovery, returning {@link CompletableFuture}s and listing pages
 * as {@link java.util.concurrent.Flow.Publisher}s. Closed with its client.
 */
public final class ClarifaiAsyncClient {

  private final ClarifaiClient sync;
  private final TaskResourceAsync tasks;
  private final InputResourceAsync inputs;
  private final AnnotationResourceAsync annotations;
  private final DatasetResourceAsync datasets;
  private final ConceptResourceAsync concepts;
  private final SearchResourceAsync searches;

  /** The async twins of {@code sync}'s resources, over the same service and executor. */
  ClarifaiAsyncClient(ClarifaiClient sync, TaskResourceImpl syncTasks, ClarifaiService service,
      CallExecutor executor) {
    this.sync = sync;
    this.tasks = new TaskResourceAsyncImpl(syncTasks, service, executor);
    this.inputs = new InputResourceAsyncImpl(service, executor);
    this.annotations = new AnnotationResourceAsyncImpl(service, executor);
    this.datasets = new DatasetResourceAsyncImpl(service, executor);
    this.concepts = new ConceptResourceAsyncImpl(service, executor);
    this.searches = new SearchResourceAsyncImpl(service, executor);
  }

  /** Task create, get, list, update and delete. */
  public TaskResourceAsync tasks() {
    return tasks;
  }

  /** Input create, get and list. */
  public InputResourceAsync inputs() {
    return inputs;
  }

  /** Annotation create, get and list. */
  public AnnotationResourceAsync annotations() {
    return annotations;
  }

  /** Dataset create, get, list and input membership. */
  public DatasetResourceAsync datasets() {
    return datasets;
  }

  /** Concept create, get and list. */
  public ConceptResourceAsync concepts() {
    return concepts;
  }

  /** Saved search save, get and list. */
  public SearchResourceAsync searches() {
    return searches;
  }

  /** The blocking client this view belongs to. */
  public ClarifaiClient sync() {
    return sync;
  }
}
