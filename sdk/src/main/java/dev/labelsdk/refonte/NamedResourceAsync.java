package dev.labelsdk.refonte;

import dev.labelsdk.core.RequestOptions;
import java.util.concurrent.CompletableFuture;

/**
 * {@link NamedResource}, async: the same calls, with the same retries and recovery.
 *
 * @param <T> the object
 * @param <C> the request that creates one
 */
public interface NamedResourceAsync<T, C> {

  /**
   * See {@link NamedResource#create(Object, RequestOptions)}.
   *
   * @param request what to create
   * @return the object created
   */
  default CompletableFuture<T> create(C request) {
    return create(request, RequestOptions.none());
  }

  /**
   * See {@link NamedResource#create(Object, RequestOptions)}.
   *
   * @param request what to create
   * @param options the options of this call
   * @return the object created
   */
  CompletableFuture<T> create(C request, RequestOptions options);

  /**
   * See {@link NamedResource#get(String, RequestOptions)}.
   *
   * @param name its name
   * @return the object
   */
  default CompletableFuture<T> get(String name) {
    return get(name, RequestOptions.none());
  }

  /**
   * See {@link NamedResource#get(String, RequestOptions)}.
   *
   * @param name its name
   * @param options the options of this call
   * @return the object
   */
  CompletableFuture<T> get(String name, RequestOptions options);
}
