package dev.labelsdk.refonte;

import dev.labelsdk.core.ApiResource;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.CallExecutor.CallFactory;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What every Refonte resource implementation, sync or async, shares: the calls that recur (a
 * retryable call answering one object, and a create that recovers its own earlier success).
 * The sync and async twins of a resource build the same requests and differ only in how they
 * wait.
 */
abstract class RefonteResource<R> extends ApiResource<RefonteService, R> {

  RefonteResource(RefonteService service, CallExecutor executor,
      Factory<RefonteService, R> factory) {
    super(service, executor, factory);
  }

  /** A retryable call, with {@code options} for this call. */
  final <T> T retryable(RequestOptions options, CallFactory calls, Decoder<T> decoder) {
    return executor.with(options).execute(RefonteProtocol.RETRYABLE, calls, decoder);
  }

  /** The async {@link #retryable}. */
  final <T> CompletableFuture<T> retryableAsync(RequestOptions options, CallFactory calls,
      Decoder<T> decoder) {
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE, calls, decoder);
  }

  /**
   * A create, retried; when a retry meets a 409 after an attempt that may have committed, the
   * object is looked up ({@code lookup}, without the create's idempotency key) and returned if
   * {@code ours} says it is the one asked for.
   */
  final <T> T create(RequestOptions options, CallFactory calls, Class<T> type,
      Function<RequestOptions, T> lookup, Function<T, Optional<T>> ours) {
    return executor.with(options).execute(RefonteProtocol.RETRYABLE, calls,
        JsonSupport.decoder(type),
        (failure, earlier) -> ApiRecovery.mayBeOwnConflict(failure, earlier)
            ? ours.apply(lookup.apply(ApiRecovery.withoutIdempotencyKey(options)))
            : Optional.empty());
  }

  /** The async {@link #create}. */
  final <T> CompletableFuture<T> createAsync(RequestOptions options, CallFactory calls,
      Class<T> type, Function<RequestOptions, CompletableFuture<T>> lookup,
      Function<T, Optional<T>> ours) {
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE, calls,
        JsonSupport.decoder(type),
        (failure, earlier) -> ApiRecovery.mayBeOwnConflict(failure, earlier)
            ? lookup.apply(ApiRecovery.withoutIdempotencyKey(options)).thenApply(ours)
            : CompletableFuture.completedFuture(Optional.empty()));
  }
}
