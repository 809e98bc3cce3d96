package dev.labelsdk.clarifai;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.core.InvalidRequestException;
import dev.labelsdk.core.RequestOptions;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/** Inputs: {@code client.inputs()} (spec §1.2, §8.8). */
public interface InputResource extends PagedResource<Input> {

  /** The most items one batch create carries in {@code submitAll} (Clarifai's limit). */
  int MAX_BATCH_SIZE = 128;

  /** Adds inputs; see {@link #create(List)}. */
  default BatchResult<Input> create(Input... inputs) {
    return create(Arrays.asList(inputs));
  }

  /**
   * Adds inputs ({@code POST .../inputs}), each stored or refused on its own: check
   * {@link BatchResult#failures()} (a duplicate id, missing media, an unknown dataset).
   * Concepts in an input's data become an approved input-level annotation by the caller.
   * Retried after a lost answer only when every input has your id.
   *
   * @throws InvalidRequestException if every input was refused (10020)
   */
  BatchResult<Input> create(List<Input> inputs);

  /**
   * Adds many inputs in batches of {@value #MAX_BATCH_SIZE} (one
   * {@code POST .../inputs} each), asynchronously, on the shared bulk engine: at most
   * {@link BulkOptions#concurrency()} <em>batches</em> in flight; every attempt paced by one
   * adaptive rate that a 429 (11005) cuts for all of them and holds for its
   * {@code Retry-After}; one outcome per input, from the batch's per-item statuses
   * (MIXED_STATUS): {@code CREATED}, {@code ALREADY_EXISTED} (the app already has its id,
   * 40010) or {@code FAILED} with its exception. Progress is reported after each batch, in
   * inputs.
   *
   * <p>Exactly once by input id: an input without an id is sent with one derived from the run
   * id and its content ({@code bulk-<hex>}), so retries and lost answers never duplicate it,
   * and a rerun with the same run id or checkpoint file finds it. Inputs with your own ids are
   * safe to rerun with any run id. A checkpoint records whole batches that ended without a
   * failure.
   *
   * <pre>{@code
   * BulkResult<Input> result = client.inputs().submitAll(inputs, BulkOptions.builder()
   *     .concurrency(4).checkpoint(Path.of("inputs.ckpt")).build()).join();
   * }</pre>
   *
   * @return the running job: its {@code result()} (per input), and {@code cancel()}
   */
  default BulkJob<Input> submitAll(List<Input> inputs, BulkOptions options) {
    return submitAll(inputs, MAX_BATCH_SIZE, options);
  }

  /**
   * {@link #submitAll(List, BulkOptions)} with {@code batchSize} inputs a request.
   *
   * @throws IllegalArgumentException if {@code batchSize} is not 1 to
   *     {@value #MAX_BATCH_SIZE}
   */
  default BulkJob<Input> submitAll(List<Input> inputs, int batchSize, BulkOptions options) {
    return submitAll(BulkInput.of(inputs), batchSize, options);
  }

  /**
   * {@link #submitAll(List, BulkOptions)} over a streamed input, for more inputs than memory
   * holds: a batch is read only when a slot is free, and the result keeps only the failed
   * outcomes (see {@link BulkInput}). A rerun must read the same inputs in the same order for
   * a checkpoint's batches to match.
   */
  default BulkJob<Input> submitAll(Iterator<Input> inputs, BulkOptions options) {
    return submitAll(BulkInput.of(inputs), MAX_BATCH_SIZE, options);
  }

  /** {@link #submitAll(Iterator, BulkOptions)} over a stream, closed when the run ends. */
  default BulkJob<Input> submitAll(Stream<Input> inputs, BulkOptions options) {
    return submitAll(BulkInput.of(inputs), MAX_BATCH_SIZE, options);
  }

  /** What every {@code submitAll} overload runs, {@code batchSize} inputs a request. */
  default BulkJob<Input> submitAll(BulkInput<Input> inputs, int batchSize,
      BulkOptions options) {
    throw new UnsupportedOperationException("submitAll is implemented by the client's own"
        + " InputResource");
  }

  /**
   * Fetches an input.
   *
   * @throws NotFoundException if the app has no such input
   */
  Input get(String inputId);



  /** Deletes inputs; see {@link #delete(Collection)}. */
  default void delete(String... inputIds) {
    delete(Arrays.asList(inputIds));
  }

  /**
   * Deletes inputs, all or none ({@code DELETE .../inputs}). Their assignments leave their
   * tasks.
   *
   * @throws NotFoundException if an id is unknown (then nothing is deleted)
   */
  void delete(Collection<String> inputIds);

  /**
   * This resource with {@code options} over the client's (timeout, retries, extra headers)
   * for every call made through it; a call's own {@code RequestOptions} go on top.
   *
   * @throws IllegalArgumentException if {@code options} has an idempotency key (it belongs
   *     to one call)
   */
  @Override
  InputResource withOptions(RequestOptions options);

  /** {@link #create(List)} with {@code options} for this call. */
  default BatchResult<Input> create(List<Input> inputs, RequestOptions options) {
    return withOptions(options).create(inputs);
  }

  /** {@link #get(String)} with {@code options} for this call. */
  default Input get(String inputId, RequestOptions options) {
    return withOptions(options).get(inputId);
  }



  /** {@link #delete(Collection)} with {@code options} for this call. */
  default void delete(Collection<String> inputIds, RequestOptions options) {
    withOptions(options).delete(inputIds);
  }
}
