package dev.labelsdk.refonte;

import dev.labelsdk.core.ApiResource;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.CallExecutor.CallFactory;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.slf4j.Logger;

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
   * The create of an object the caller names (a batch, a project), built once for the sync
   * and async paths: its calls, and how to tell that the object found under that name after a
   * 409 is the one an earlier attempt made.
   *
   * @param noun what is created, for the log line
   * @param name the name it is created under
   * @param calls the calls of the create
   * @param type the answer's type
   * @param isOurs whether an object found under {@code name} is the one asked for
   * @param log where a recovery is logged
   */
  record NamedCreate<T>(String noun, String name, CallFactory calls, Class<T> type,
      Predicate<T> isOurs, Logger log) {

    /** {@code existing}, when it is the object asked for (logged as a recovery). */
    Optional<T> recovered(T existing) {
      if (!isOurs.test(existing)) {
        return Optional.empty();
      }
      log.info("{}{} create got 409 after a failed attempt; returning {} {}",
          noun.substring(0, 1).toUpperCase(Locale.ROOT), noun.substring(1), noun, name);
      return Optional.of(existing);
    }
  }

  /**
   * A create, retried; when a retry meets a 409 after an attempt that may have committed, the
   * object is looked up by name ({@code get}, without the create's idempotency key) and
   * returned if it is the one asked for.
   */
  final <T> T create(RequestOptions options, NamedCreate<T> create,
      BiFunction<String, RequestOptions, T> get) {
    return executor.with(options).execute(RefonteProtocol.RETRYABLE, create.calls(),
        JsonSupport.decoder(create.type()),
        (failure, earlier) -> ApiRecovery.mayBeOwnConflict(failure, earlier)
            ? create.recovered(get.apply(create.name(),
                ApiRecovery.withoutIdempotencyKey(options)))
            : Optional.empty());
  }

  /** The async {@link #create}. */
  final <T> CompletableFuture<T> createAsync(RequestOptions options, NamedCreate<T> create,
      BiFunction<String, RequestOptions, CompletableFuture<T>> get) {
    return executor.with(options).executeAsync(RefonteProtocol.RETRYABLE, create.calls(),
        JsonSupport.decoder(create.type()),
        (failure, earlier) -> ApiRecovery.mayBeOwnConflict(failure, earlier)
            ? get.apply(create.name(), ApiRecovery.withoutIdempotencyKey(options))
                .thenApply(create::recovered)
            : CompletableFuture.completedFuture(Optional.empty()));
  }
}
