package dev.labelsdk.clarifai;

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

  ClarifaiAsyncClient(ClarifaiClient sync, TaskResourceAsync tasks, InputResourceAsync inputs,
      AnnotationResourceAsync annotations, DatasetResourceAsync datasets,
      ConceptResourceAsync concepts, SearchResourceAsync searches) {
    this.sync = sync;
    this.tasks = tasks;
    this.inputs = inputs;
    this.annotations = annotations;
    this.datasets = datasets;
    this.concepts = concepts;
    this.searches = searches;
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
