package dev.labelsdk.refonte.model;

import dev.labelsdk.core.FluentBuilder;
import dev.labelsdk.core.JsonObject;
import java.net.URI;
import java.util.Collection;
import java.util.Map;

/**
 * The fields every typed task builder shares; each call is forwarded to a
 * {@link CreateTaskRequest.Builder} of the builder's task type.
 *
 * @param <B> the concrete builder, so that chained calls keep its type
 */
public abstract class TaskRequestBuilder<B extends TaskRequestBuilder<B>>
    extends FluentBuilder<B> {

  /** The generic builder that collects the body. */
  protected final CreateTaskRequest.Builder request;

  /** A builder for tasks of {@code type}. */
  protected TaskRequestBuilder(TaskType type) {
    this.request = CreateTaskRequest.builder(type);
  }

  /** See {@link CreateTaskRequest.Builder#instruction(String)}. */
  public B instruction(String instruction) {
    request.instruction(instruction);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#callbackUrl(String)}. */
  public B callbackUrl(String url) {
    request.callbackUrl(url);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#callbackUrl(URI)}. */
  public B callbackUrl(URI url) {
    request.callbackUrl(url);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#project(String)}. */
  public B project(String project) {
    request.project(project);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#batch(String)}. */
  public B batch(String batch) {
    request.batch(batch);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#uniqueId(String)}. */
  public B uniqueId(String uniqueId) {
    request.uniqueId(uniqueId);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#clearUniqueIdOnError(boolean)}. */
  public B clearUniqueIdOnError(boolean clear) {
    request.clearUniqueIdOnError(clear);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#metadata(Map)}. */
  public B metadata(Map<String, ?> metadata) {
    request.metadata(metadata);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#metadata(JsonObject)}. */
  public B metadata(JsonObject metadata) {
    request.metadata(metadata);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#tags(String...)}. */
  public B tags(String... tags) {
    request.tags(tags);
    return self();
  }

  /** See {@link CreateTaskRequest.Builder#tags(Collection)}. */
  public B tags(Collection<String> tags) {
    request.tags(tags);
    return self();
  }

  /** Any other parameter; see {@link CreateTaskRequest.Builder#param(String, Object)}. */
  public B param(String key, Object value) {
    request.param(key, value);
    return self();
  }

  /**
   * The request.
   *
   * @throws InvalidRequestException listing what the service would reject
   */
  public CreateTaskRequest build() {
    return request.build();
  }
}
