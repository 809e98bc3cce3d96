package dev.labelsdk.core;

import java.util.Map;
import okhttp3.Call;

/**
 * The base of the clients' resource implementations, for both APIs, sync and async: the API's
 * service, the executor every call of the resource goes through, and the view of the resource
 * with other options ({@code withOptions}), made the same way for every resource. Internal to
 * the SDK.
 *
 * @param <S> the API's endpoints
 * @param <R> the resource interface
 */
public abstract class ApiResource<S, R> {

  /** Makes the resource over a service and an executor. */
  @FunctionalInterface
  protected interface Factory<S, R> {
    /**
     * @param service the API's endpoints
     * @param executor runs the calls
     * @return the resource
     */
    R create(S service, CallExecutor executor);
  }

  /** An endpoint addressed by one path segment (an id or a name). */
  @FunctionalInterface
  protected interface PathCall {
    /**
     * @param segment the checked path segment
     * @param headers the attempt's headers
     * @return the call
     */
    Call create(String segment, Map<String, String> headers);
  }

  /** The API's endpoints. */
  protected final S service;
  /** Runs the calls: headers, retries, errors, per-call options. */
  protected final CallExecutor executor;
  private final Factory<S, R> factory;

  /**
   * @param service the API's endpoints
   * @param executor runs the calls
   * @param factory makes the same resource over another executor (for {@link #withOptions})
   */
  protected ApiResource(S service, CallExecutor executor, Factory<S, R> factory) {
    this.service = service;
    this.executor = executor;
    this.factory = factory;
  }

  /**
   * The calls of {@code endpoint} at {@code segment}, which is checked first (before anything
   * is sent, on the sync and async paths alike).
   *
   * @param segment the id or name the call addresses
   * @param what names it in the exception message, e.g. {@code "taskId"}
   * @param endpoint the endpoint
   * @return the calls
   * @throws IllegalArgumentException if {@code segment} cannot address a resource
   */
  protected static CallExecutor.CallFactory at(String segment, String what, PathCall endpoint) {
    String checked = PathSegments.require(segment, what);
    return headers -> endpoint.create(checked, headers);
  }

  /**
   * This resource with {@code options} over its own, for every call.
   *
   * @param options the options
   * @return the resource with those options
   */
  public R withOptions(RequestOptions options) {
    return factory.create(service, executorWith(options));
  }

  /**
   * The executor of {@link #withOptions}: {@code options} over this one's. An API may refuse
   * some options here.
   *
   * @param options the options
   * @return the executor with those options
   */
  protected CallExecutor executorWith(RequestOptions options) {
    return executor.withOptions(options);
  }
}
