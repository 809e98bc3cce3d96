package dev.labelsdk.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Status;
import dev.labelsdk.clarifai.model.StatusCode;
import dev.labelsdk.core.AdaptiveRateLimiter;
import dev.labelsdk.core.CallExecutor;
import dev.labelsdk.core.JsonSupport;
import dev.labelsdk.core.Retrier;
import dev.labelsdk.core.bulk.BulkInput;
import dev.labelsdk.core.bulk.BulkJob;
import dev.labelsdk.core.bulk.BulkOptions;
import dev.labelsdk.core.bulk.BulkOutcome;
import dev.labelsdk.core.bulk.BulkProgress;
import dev.labelsdk.core.bulk.BulkProgressListener;
import dev.labelsdk.core.bulk.BulkResult;
import dev.labelsdk.core.bulk.BulkRunner;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Clarifai's bulk submission of inputs, annotations and tasks ({@link InputResource#submitAll},
 * {@link AnnotationResource#submitAll}, {@link TaskResource#submitAll}). The shared
 * {@link BulkRunner} runs over <em>batches</em> of up to {@link #MAX_BATCH_SIZE} items (one
 * {@code POST} each, paced by the run's {@link AdaptiveRateLimiter}); the kind's
 * {@link Sender} turns every batch into one outcome per item, and the result, progress and
 * counts are per item.
 *
 * <p>Exactly once by id: every item is sent with an id (its own, or one derived from the run
 * id and its content), so the create is idempotent and retried like any idempotent call; an
 * id the app already has (40010) is {@code ALREADY_EXISTED}.
 */
final class BulkBatchSubmitter {

  /**
   * What the engine needs of one kind of item: its list field, its id, how to give it one, the
   * JSON its content identity digests, and how a batch of them is sent.
   */
  record Kind<T>(String field, Function<T, String> id, BiFunction<T, String, T> withId,
      Function<T, ObjectNode> requestJson, Sender<T> sender) {}

  /**
   * Sends one batch whose items all have ids ({@code sent}, in batch order) and answers one
   * outcome per item, in that order (index {@code batch.first() + i}).
   */
  @FunctionalInterface
  interface Sender<T> {
    CompletableFuture<List<BulkOutcome<T>>> send(CallExecutor calls, Batch<T> batch,
        List<T> sent);
  }

  /** The create call of a per-item batch. */
  @FunctionalInterface
  interface Poster {
    okhttp3.Call post(JsonNode body, Map<String, String> headers);
  }

  /** The most items one batch create carries (Clarifai's limit for inputs, used for both). */
  static final int MAX_BATCH_SIZE = InputResource.MAX_BATCH_SIZE;

  /** A batch: its items (positions {@code first ..}) and their identities. */
  record Batch<T>(int first, List<T> items, List<String> identities, String identity) {}

  private BulkBatchSubmitter() {}

  /** Inputs: {@code POST .../inputs}. */
  static Kind<Input> inputs(ClarifaiService service) {
    Function<Input, ObjectNode> json = i -> Requests.create(i.toJson());
    return new Kind<>("inputs", Input::id, (i, id) -> i.toBuilder().id(id).build(), json,
        perItem("inputs", Input::id, json, service::postInputs, Input::fromJson));
  }

  /** Annotations: {@code POST .../annotations}. */
  static Kind<Annotation> annotations(ClarifaiService service) {
    return new Kind<>("annotations", Annotation::id, (a, id) -> a.toBuilder().id(id).build(),
        AnnotationResourceImpl::requestJson, perItem("annotations", Annotation::id,
            AnnotationResourceImpl::requestJson, service::postAnnotations, Annotation::fromJson));
  }

  static <T> BulkJob<T> start(Kind<T> kind, CallExecutor executor, BulkInput<T> input,
      int batchSize, BulkOptions options) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(options, "options");
    if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
      throw new IllegalArgumentException("batchSize must be 1.." + MAX_BATCH_SIZE);
    }
    AdaptiveRateLimiter limiter = BulkRunner.limiter(options, executor.scheduler());
    CallExecutor calls = BulkRunner.calls(executor, limiter, options);
    // Batches read so far (all of them only when the result keeps every outcome), and the
    // per-item outcomes of each batch sent (only its failures for a streamed input).
    Map<Integer, Batch<T>> pulled = new ConcurrentHashMap<>();
    Map<Integer, List<BulkOutcome<T>>> perBatch = new ConcurrentHashMap<>();
    Progress<T> progress = new Progress<>(input.size(), options, limiter);
    BulkInput<Batch<T>> batches = new BulkInput<>(batches(kind, input.items(), batchSize),
        input.size() < 0 ? -1 : (input.size() + batchSize - 1) / batchSize,
        input.keepOutcomes(), input.onClose());
    BulkJob<List<BulkOutcome<T>>> job = BulkRunner.start(batches, (b, i) -> {
      progress.pulled(b);
      if (input.keepOutcomes()) {
        pulled.put(i, b);
      }
      return b.identity();
    }, (index, batch, identity, runId) -> kind.sender().send(calls, batch,
            withIds(kind, batch, runId)).thenApply(outcomes -> {
          List<BulkOutcome<T>> kept = input.keepOutcomes() ? outcomes : outcomes.stream()
              .filter(o -> o.status() == BulkOutcome.Status.FAILED).toList();
          if (!kept.isEmpty()) {
            perBatch.put(index, kept);
          }
          progress.finished(outcomes);
          Optional<BulkOutcome<T>> failure = outcomes.stream()
              .filter(o -> o.status() == BulkOutcome.Status.FAILED).findFirst();
          return failure.isPresent()
              ? BulkOutcome.<List<BulkOutcome<T>>>failed(index, identity,
                  failure.get().error().orElseThrow())
              : BulkOutcome.created(index, identity, outcomes,
                  String.join(",", outcomes.stream().map(o -> o.id().orElse("")).toList()));
        }), limiter, withListener(options, progress));
    CompletableFuture<BulkResult<T>> result =
        job.result().thenApply(r -> expand(r, pulled, perBatch, progress));
    return new BulkJob<>() {
      @Override
      public CompletableFuture<BulkResult<T>> result() {
        return result;
      }

      @Override
      public void cancel() {
        job.cancel();
      }
    };
  }

  /** The items, read {@code batchSize} at a time as the runner asks for the next batch. */
  private static <T> Iterator<Batch<T>> batches(Kind<T> kind, Iterator<T> items,
      int batchSize) {
    return new Iterator<>() {
      private int first;

      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Batch<T> next() {
        List<T> part = new ArrayList<>(batchSize);
        while (part.size() < batchSize && items.hasNext()) {
          part.add(Objects.requireNonNull(items.next(), "item"));
        }
        if (part.isEmpty()) {
          throw new NoSuchElementException();
        }
        List<String> identities = part.stream().map(i -> identity(kind, i)).toList();
        Batch<T> batch = new Batch<>(first, List.copyOf(part), identities,
            kind.field() + ":" + first + ":" + sha(String.join("\n", identities)));
        first += part.size();
        return batch;
      }
    };
  }

  /** {@code id:<its id>}, or {@code content:<digest>} for an item without an id. */
  static <T> String identity(Kind<T> kind, T item) {
    Objects.requireNonNull(item, "item");
    return identity(kind.id().apply(item), () -> kind.requestJson().apply(item));
  }

  /** {@code id:<id>}, or {@code content:<digest of the request JSON>} when the id is empty. */
  static String identity(String id, java.util.function.Supplier<ObjectNode> requestJson) {
    return id.isEmpty() ? "content:" + sha(JsonSupport.write(requestJson.get())) : "id:" + id;
  }

  /** The id of an input without one: the same for the same run id and content. */
  static String derivedId(String runId, String identity) {
    return "bulk-" + sha(runId + "\n" + identity);
  }

  private static String sha(String text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The batch's items, each without an id given one derived from the run id. */
  private static <T> List<T> withIds(Kind<T> kind, Batch<T> batch, String runId) {
    List<T> sent = new ArrayList<>();
    for (int i = 0; i < batch.items().size(); i++) {
      T item = batch.items().get(i);
      sent.add(kind.id().apply(item).isEmpty()
          ? kind.withId().apply(item, derivedId(runId, batch.identities().get(i))) : item);
    }
    return sent;
  }

  /**
   * The sender of a per-item batch (inputs, annotations): one create, its answer split into
   * one outcome per item (MIXED_STATUS is per item; 40010 on an item is
   * {@code ALREADY_EXISTED}).
   */
  private static <T> Sender<T> perItem(String field, Function<T, String> id,
      Function<T, ObjectNode> requestJson, Poster post, Function<JsonNode, T> parse) {
    return (calls, batch, sent) -> {
      ObjectNode body = JsonSupport.newObject();
      ArrayNode array = body.putArray(field);
      sent.forEach(i -> array.add(requestJson.apply(i)));
      return calls.executeAsync(Safety.IDEMPOTENT, headers -> post.post(body, headers),
              Responses.batch(field, parse))
          .handle((answer, error) -> {
            if (error == null) {
              return outcomes(id, batch, sent, answer);
            }
            RuntimeException failure = Retrier.unwrapFailure(error);
            Optional<BatchResult<T>> items = itemsOfFailure(field, parse, failure);
            return items.isPresent() ? outcomes(id, batch, sent, items.get())
                : failed(batch.first(), batch.identities(), failure);
          });
    };
  }

  /** Every item of a batch (positions {@code first ..}) failed with {@code failure}. */
  static <T> List<BulkOutcome<T>> failed(int first, List<String> identities,
      RuntimeException failure) {
    List<BulkOutcome<T>> failed = new ArrayList<>();
    for (int i = 0; i < identities.size(); i++) {
      failed.add(BulkOutcome.failed(first + i, identities.get(i), failure));
    }
    return failed;
  }

  /** The per-item statuses of a batch where every item failed (10020), if the body has them. */
  private static <T> Optional<BatchResult<T>> itemsOfFailure(String field,
      Function<JsonNode, T> parse, RuntimeException failure) {
    if (!(failure instanceof ClarifaiError e) || e.code() != StatusCode.FAILURE.number()) {
      return Optional.empty();
    }
    try {
      return Optional.of(BatchResult.fromJson(JsonSupport.parse(e.rawBody()), field, parse));
    } catch (Exception notABatch) {
      return Optional.empty();
    }
  }

  private static <T> List<BulkOutcome<T>> outcomes(Function<T, String> idOf, Batch<T> batch,
      List<T> sent, BatchResult<T> answer) {
    List<BulkOutcome<T>> out = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      int index = batch.first() + i;
      String identity = batch.identities().get(i);
      String id = idOf.apply(sent.get(i));
      if (i >= answer.items().size()) {
        out.add(BulkOutcome.failed(index, identity, new IllegalStateException(
            "The answer has " + answer.items().size() + " items for " + sent.size() + " sent")));
        continue;
      }
      BatchResult.Item<T> item = answer.items().get(i);
      if (item.succeeded()) {
        out.add(BulkOutcome.created(index, identity, item.value(),
            idOf.apply(item.value())));
        continue;
      }
      Status status = item.status().orElseThrow();
      if (status.code().number() == StatusCode.DATABASE_DUPLICATE_KEY.number()) {
        out.add(BulkOutcome.alreadyExisted(index, identity, id));
      } else {
        String raw = JsonSupport.write(JsonSupport.newObject().set("status", status.toJson()));
        out.add(BulkOutcome.failed(index, identity, ErrorMapping.fromStatus(400, status, raw,
            null)));
      }
    }
    return out;
  }

  /**
   * The per-input result of a run over batches: the outcomes of the batches sent, and of those
   * the checkpoint skipped (when every outcome is kept); the counts are the progress's.
   */
  private static <T> BulkResult<T> expand(BulkResult<List<BulkOutcome<T>>> run,
      Map<Integer, Batch<T>> pulled, Map<Integer, List<BulkOutcome<T>>> perBatch,
      Progress<T> progress) {
    List<BulkOutcome<T>> outcomes = new ArrayList<>();
    for (BulkOutcome<List<BulkOutcome<T>>> o : run.outcomes()) {
      List<BulkOutcome<T>> sent = perBatch.get(o.index());
      if (sent != null) {
        outcomes.addAll(sent);
      } else if (pulled.containsKey(o.index())) {
        outcomes.addAll(skipped(pulled.get(o.index()), o.id()));
      }
    }
    long total = progress.total >= 0 ? progress.total : progress.read;
    long done = progress.created + progress.existed + progress.skippedInputs + progress.failed;
    return new BulkResult<>(List.copyOf(outcomes), total, progress.created,
        progress.existed + progress.skippedInputs, progress.failed, total - done,
        run.cancelled(), run.elapsed());
  }

  /** A batch the checkpoint records: each input existed, with the id the checkpoint kept. */
  private static <T> List<BulkOutcome<T>> skipped(Batch<T> batch, Optional<String> ids) {
    String[] recorded = ids.map(s -> s.split(",", -1)).orElse(new String[0]);
    List<BulkOutcome<T>> out = new ArrayList<>();
    for (int i = 0; i < batch.items().size(); i++) {
      String id = recorded.length == batch.items().size() && !recorded[i].isEmpty()
          ? recorded[i] : null;
      out.add(BulkOutcome.alreadyExisted(batch.first() + i, batch.identities().get(i), id));
    }
    return out;
  }

  private static BulkOptions withListener(BulkOptions o, Progress<?> listener) {
    BulkOptions.Builder b = BulkOptions.builder().concurrency(o.concurrency())
        .maxRetries(o.maxRetries()).rateIncrease(o.rateIncrease()).progressListener(listener)
        .stopWhen(batches -> listener.stopRequested()).nanoTime(o.nanoTime());
    if (o.runIdGiven()) {
      b.runId(o.runId());
    }
    if (o.startRate() != Double.POSITIVE_INFINITY) {
      b.startRate(o.startRate());
    }
    if (o.maxRate() != Double.POSITIVE_INFINITY) {
      b.maxRate(o.maxRate());
    }
    o.checkpoint().ifPresent(b::checkpoint);
    return b.build();
  }

  /**
   * Turns the runner's per-batch progress into per-item progress for the user's listener.
   * The runner reports under its lock, one batch at a time: either a batch this run sent
   * (its outcomes were queued by {@link #finished} before it is reported) or the batch it
   * just pulled and found in the checkpoint (its {@code alreadyExisted} count went up).
   */
  private static final class Progress<T> implements BulkProgressListener {
    private final long total;
    private final BulkProgressListener user;
    private final java.util.function.Predicate<BulkProgress> stopWhen;
    /** Whether the user's stop condition accepted a per-item report. */
    private boolean stopRequested;
    private final AdaptiveRateLimiter limiter;
    private final java.util.function.LongSupplier nanoTime;
    private final long startNanos;
    private int lastPulledSize;
    /** Items read from the input so far. */
    private long read;
    private long skippedBatches;
    private long skippedInputs;
    /** Batches sent and answered, not yet counted (filled before the runner reports them). */
    private final java.util.Queue<List<BulkOutcome<T>>> finished =
        new java.util.concurrent.ConcurrentLinkedQueue<>();
    private long created;
    private long existed;
    private long failed;

    Progress(long total, BulkOptions options, AdaptiveRateLimiter limiter) {
      this.total = total;
      this.user = options.listener();
      this.stopWhen = options.stopWhen();
      this.limiter = limiter;
      this.nanoTime = options.nanoTime();
      this.startNanos = nanoTime.getAsLong();
    }

    void finished(List<BulkOutcome<T>> outcomes) {
      finished.add(outcomes);
    }

    synchronized void pulled(Batch<T> batch) {
      lastPulledSize = batch.items().size();
      read += lastPulledSize;
    }

    @Override
    public synchronized void onProgress(BulkProgress p) {
      if (p.alreadyExisted() > skippedBatches) {
        skippedBatches = p.alreadyExisted();
        skippedInputs += lastPulledSize;
      }
      for (List<BulkOutcome<T>> outcomes; (outcomes = finished.poll()) != null; ) {
        for (BulkOutcome<T> o : outcomes) {
          switch (o.status()) {
            case CREATED -> created++;
            case ALREADY_EXISTED -> existed++;
            case FAILED -> failed++;
          }
        }
      }
      long sentDone = created + existed + failed;
      long done = sentDone + skippedInputs;
      double seconds = Math.max(1e-9, (nanoTime.getAsLong() - startNanos) / 1e9);
      double perSecond = sentDone / seconds;
      Optional<Duration> eta = perSecond > 0 && total >= 0
          ? Optional.of(Duration.ofMillis((long) ((total - done) / perSecond * 1000)))
          : Optional.empty();
      BulkProgress items = new BulkProgress(done, total, created, existed + skippedInputs,
          failed, perSecond, eta, limiter.rate());
      stopRequested |= stopWhen.test(items);
      user.onProgress(items);
    }

    /** The runner's stop condition: the user's, judged on items rather than batches. */
    synchronized boolean stopRequested() {
      return stopRequested;
    }
  }
}
