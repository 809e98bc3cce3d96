package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.core.ApiResource;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.CallExecutor.CallFactory;
import dev.labelsdk.core.Decoder;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.RequestOptions;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.Call;

/**
 * What every Clarifai resource implementation, sync or async, shares: the calls that recur
 * (an idempotent read, a page by number, the body of a create). The sync and async twins of a
 * resource build the same requests from here and differ only in how they wait.
 */
abstract class ClarifaiResource<R> extends ApiResource<ClarifaiService, R> {

  ClarifaiResource(ClarifaiService service, CallExecutor executor,
      Factory<ClarifaiService, R> factory) {
    super(service, executor, factory);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key
   */
  @Override
  protected final CallExecutor executorWith(RequestOptions options) {
    return ClarifaiClient.applyOptions(executor, options);
  }

  /** A call that changes nothing, or nothing more when repeated: retried as such. */
  final <T> T idempotent(CallFactory calls, Decoder<T> decoder) {
    return executor.execute(Safety.IDEMPOTENT, calls, decoder);
  }

  /** The async {@link #idempotent}. */
  final <T> CompletableFuture<T> idempotentAsync(CallFactory calls, Decoder<T> decoder) {
    return executor.executeAsync(Safety.IDEMPOTENT, calls, decoder);
  }

  /** The endpoint of a delete, given its body. */
  @FunctionalInterface
  interface DeleteCall {
    Call create(ObjectNode body, Map<String, String> headers);
  }

  /**
   * Deletes {@code ids} (sent under {@code key}); a repeat that finds them gone succeeds. The
   * ids are checked before anything is sent.
   */
  final void delete(DeleteCall endpoint, String key, Collection<String> ids, String noun) {
    List<String> checked = Ids.require(ids, noun);
    executor.execute(Safety.IDEMPOTENT,
        headers -> endpoint.create(Ids.body(key, checked), headers), Responses.STATUS,
        ClarifaiRecovery::alreadyDone);
  }

  /** The async {@link #delete}. */
  final CompletableFuture<Void> deleteAsync(DeleteCall endpoint, String key,
      Collection<String> ids, String noun) {
    List<String> checked = Ids.require(ids, noun);
    return executor.executeAsync(Safety.IDEMPOTENT,
        headers -> endpoint.create(Ids.body(key, checked), headers), Responses.STATUS,
        CallExecutor.AsyncRecovery.of(ClarifaiRecovery::alreadyDone)).thenApply(status -> null);
  }

  /** The call of one numbered page, given that page's number and size. */
  @FunctionalInterface
  interface PageCalls {
    Call create(int page, int perPage, Map<String, String> headers);
  }

  /** Page {@code page} of {@code perPage} items; the numbers are checked before sending. */
  final <T> Page<T> page(int page, int perPage, PageCalls calls, Decoder<List<T>> items) {
    Page.check(page, perPage);
    return new Page<>(idempotent(headers -> calls.create(page, perPage, headers), items), page,
        perPage);
  }

  /** The async {@link #page}. */
  final <T> CompletableFuture<Page<T>> pageAsync(int page, int perPage, PageCalls calls,
      Decoder<List<T>> items) {
    Page.check(page, perPage);
    return idempotentAsync(headers -> calls.create(page, perPage, headers), items)
        .thenApply(found -> new Page<>(found, page, perPage));
  }

  /**
   * The body of a create: {@code objects} under {@code key}, each without the fields the
   * server sets; validated before anything is sent.
   *
   * @throws IllegalArgumentException if there is no object
   * @throws NullPointerException if one is null
   */
  static <T> ObjectNode createBody(String key, String noun, Collection<T> objects,
      Function<T, ObjectNode> toJson) {
    if (objects.isEmpty()) {
      throw new IllegalArgumentException("give at least one " + noun);
    }
    ObjectNode body = JsonSupport.newObject();
    ArrayNode array = body.putArray(key);
    objects.forEach(o -> array.add(Requests.create(toJson.apply(Objects.requireNonNull(o, noun)))));
    return body;
  }
}
