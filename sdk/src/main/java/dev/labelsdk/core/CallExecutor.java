package dev.labelsdk.core;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs one logical API call for either client, the retry decorator of both: makes a fresh
 * OkHttp call per attempt with the options' headers and timeout, reads the answer, lets the
 * API's {@link Protocol} turn it into a result or an {@link ApiException}, and retries what the
 * call's {@link RetryClassifier} allows, through the {@link Retrier}. Immutable and
 * thread-safe; {@link #with} and {@link #withOptions} return copies with other options.
 */
public final class CallExecutor {

  /** Makes the call of one attempt, given that attempt's headers (a fresh, mutable map). */
  @FunctionalInterface
  public interface CallFactory {
    Call create(Map<String, String> headers);
  }

  /** Lets a call turn a failure into a result, given the failures of its earlier attempts. */
  @FunctionalInterface
  public interface Recovery<T> {
    Optional<T> recover(ApiException failure, List<RuntimeException> earlierFailures);
  }

  /** The async twin of {@link Recovery}: the result may need another call. */
  @FunctionalInterface
  public interface AsyncRecovery<T> {
    CompletableFuture<Optional<T>> recover(ApiException failure,
        List<RuntimeException> earlierFailures);

    /** A recovery that needs no other call, on the async path. */
    static <T> AsyncRecovery<T> of(Recovery<T> recovery) {
      return (failure, earlier) -> CompletableFuture.completedFuture(
          recovery.recover(failure, earlier));
    }
  }

  /** The API-specific half: what an answer, or its absence, means. */
  public interface Protocol {

    /** The exception for an attempt that got no answer (I/O failure, timeout). */
    ApiException connectionFailure(Request request, IOException cause);

    /**
     * The result of an answer, decoded by {@code decoder} (which throws
     * {@link IllegalArgumentException} when the body does not have the documented shape).
     *
     * @throws ApiException for an error answer or an unreadable body
     */
    <T> T read(Response response, byte[] body, Decoder<T> decoder);

    /** Adds what a retry sends on top of the first attempt's headers; nothing by default. */
    default void addRetryHeaders(Map<String, String> headers, int retry) {}
  }

  private final String clientName;
  private final Retrier retrier;
  private final Protocol protocol;
  private final RequestOptions options;
  private final AtomicBoolean closed;
  private final Scheduler scheduler;
  private final Throttle throttle;

  /**
   * @param clientName names the client in the error of a call made after {@code close()}
   * @param retrier waits between attempts
   * @param protocol reads the API's answers
   * @param options the client's defaults (at least {@code maxRetries})
   * @param closed set when the client is closed
   */
  public CallExecutor(String clientName, Retrier retrier, Protocol protocol,
      RequestOptions options, AtomicBoolean closed) {
    this(clientName, retrier, protocol, options, closed, Scheduler.shared(), Throttle.NONE);
  }

  /**
   * An executor whose async calls wait between attempts on {@code scheduler} and pace every
   * attempt through {@code throttle}; the other parameters as in the constructor above.
   */
  public CallExecutor(String clientName, Retrier retrier, Protocol protocol,
      RequestOptions options, AtomicBoolean closed, Scheduler scheduler, Throttle throttle) {
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
    this.throttle = Objects.requireNonNull(throttle, "throttle");
    this.clientName = Objects.requireNonNull(clientName, "clientName");
    this.retrier = Objects.requireNonNull(retrier, "retrier");
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.options = Objects.requireNonNull(options, "options");
    this.closed = Objects.requireNonNull(closed, "closed");
  }

  /** The options every call of this executor uses. */
  public RequestOptions options() {
    return options;
  }

  /**
   * This executor with {@code options} merged over its own, for every call it runs (the
   * {@code withOptions} of clients and resources).
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key: a key belongs
   *     to one call, so give it as that call's {@code RequestOptions} argument
   */
  public CallExecutor withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    if (options.idempotencyKey().isPresent()) {
      throw new IllegalArgumentException("An idempotency key belongs to one call: pass it as"
          + " that call's RequestOptions argument, not to withOptions(...)");
    }
    return with(options);
  }

  /** This executor with one call's {@code options} (null for none) merged over its own. */
  public CallExecutor with(RequestOptions callOptions) {
    return callOptions == null || callOptions == RequestOptions.none() ? this
        : new CallExecutor(clientName, retrier, protocol, callOptions.mergedOver(options),
            closed, scheduler, throttle);
  }

  /** This executor with every async attempt paced by {@code throttle} (bulk submission). */
  public CallExecutor withThrottle(Throttle throttle) {
    return new CallExecutor(clientName, retrier, protocol, options, closed, scheduler, throttle);
  }

  /**
   * This executor with every async attempt paced by {@code throttle}, waiting between
   * attempts as {@code policy} says (bulk submission, whose limiter does the real pacing).
   */
  public CallExecutor withThrottle(Throttle throttle, RetryPolicy policy) {
    return new CallExecutor(clientName, retrier.withPolicy(policy), protocol, options, closed,
        scheduler, throttle);
  }

  /** The scheduler async calls wait on. */
  public Scheduler scheduler() {
    return scheduler;
  }

  /** Runs a call without recovery. */
  public <T> T execute(RetryClassifier classifier, CallFactory calls,
      Decoder<T> decoder) {
    return execute(classifier, calls, decoder, (failure, earlier) -> Optional.empty());
  }

  /**
   * Runs a call: attempts until one succeeds, a failure is not retryable (or recovered), or
   * the retries are used up.
   *
   * @param classifier which failures of this call are worth another attempt
   * @param calls makes each attempt's call
   * @param decoder turns a successful answer's JSON into the result
   * @param recovery may turn a failure into a result (for example, a create that an earlier
   *     attempt already carried out)
   * @throws IllegalStateException if the client is closed
   */
  public <T> T execute(RetryClassifier classifier, CallFactory calls,
      Decoder<T> decoder, Recovery<T> recovery) {
    requireOpen();
    int maxRetries = options.maxRetries().orElse(0);
    return retrier.execute(clientName, maxRetries, classifier, (attempt, earlier) -> {
      Call call = newCall(calls, attempt);
      try {
        return once(call, decoder);
      } catch (ApiException failure) {
        return recovery.recover(failure, earlier).orElseThrow(() -> failure);
      }
    });
  }

  /** Runs a call asynchronously without recovery; see {@link #executeAsync(RetryClassifier, CallFactory, Decoder, AsyncRecovery)}. */
  public <T> CompletableFuture<T> executeAsync(RetryClassifier classifier, CallFactory calls,
      Decoder<T> decoder) {
    return executeAsync(classifier, calls, decoder,
        AsyncRecovery.of((failure, earlier) -> Optional.empty()));
  }

  /**
   * The async twin of {@link #execute(RetryClassifier, CallFactory, Decoder, Recovery)}:
   * the same attempts, headers, classification and recovery, with each attempt sent through
   * OkHttp's {@code enqueue} after a permit from this executor's {@link Throttle}, and each
   * wait scheduled on its {@link Scheduler}. The future fails with the same exception the sync
   * call would throw; cancelling it stops further attempts (one in flight is not aborted).
   */
  public <T> CompletableFuture<T> executeAsync(RetryClassifier classifier, CallFactory calls,
      Decoder<T> decoder, AsyncRecovery<T> recovery) {
    try {
      requireOpen();
    } catch (IllegalStateException e) {
      return CompletableFuture.failedFuture(e);
    }
    int maxRetries = options.maxRetries().orElse(0);
    return retrier.executeAsync(clientName, maxRetries, classifier, scheduler,
        (attempt, earlier) -> throttle.acquire().thenCompose(permit -> {
          CompletableFuture<T> answer;
          try {
            answer = onceAsync(newCall(calls, attempt), decoder);
          } catch (RuntimeException e) { // a request that cannot be built: as a failed attempt
            answer = CompletableFuture.failedFuture(e);
          }
          answer.whenComplete((v, e) -> permit.release(e == null ? null : Retrier.unwrap(e)));
          return answer.handle((value, error) -> {
            if (error == null) {
              return CompletableFuture.completedFuture(value);
            }
            RuntimeException failure = Retrier.unwrap(error);
            if (!(failure instanceof ApiException apiFailure)) {
              return CompletableFuture.<T>failedFuture(failure);
            }
            return recovery.recover(apiFailure, earlier).thenApply(
                recovered -> recovered.orElseThrow(() -> apiFailure));
          }).thenCompose(f -> f);
        }));
  }

  private void requireOpen() {
    if (closed.get()) {
      throw new IllegalStateException("This " + clientName + " is closed; create a new one");
    }
  }

  /** The call of attempt {@code attempt} (1-based), with its headers and timeout. */
  private Call newCall(CallFactory calls, int attempt) {
    Map<String, String> headers = new LinkedHashMap<>(options.extraHeaders());
    if (attempt > 1) {
      protocol.addRetryHeaders(headers, attempt - 1);
    }
    Call call = calls.create(headers);
    options.timeout().ifPresent(t -> call.timeout().timeout(t.toNanos(), TimeUnit.NANOSECONDS));
    return call;
  }

  private <T> CompletableFuture<T> onceAsync(Call call, Decoder<T> decoder) {
    CompletableFuture<T> result = new CompletableFuture<>();
    call.enqueue(new Callback() {
      @Override
      public void onResponse(Call c, Response response) {
        byte[] body;
        try (response) {
          body = response.body().bytes();
        } catch (IOException e) {
          result.completeExceptionally(protocol.connectionFailure(c.request(), e));
          return;
        }
        try {
          result.complete(protocol.read(response, body, decoder));
        } catch (RuntimeException e) {
          result.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call c, IOException e) {
        result.completeExceptionally(protocol.connectionFailure(c.request(), e));
      }
    });
    return result;
  }

  private <T> T once(Call call, Decoder<T> decoder) {
    try (Response response = call.execute()) {
      return protocol.read(response, response.body().bytes(), decoder);
    } catch (IOException e) { // no answer, or the body broke off: read throws no IOException
      throw protocol.connectionFailure(call.request(), e);
    }
  }
}
