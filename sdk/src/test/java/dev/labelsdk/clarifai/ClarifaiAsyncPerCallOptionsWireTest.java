package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.PageCollector;
import dev.labelsdk.core.RequestOptions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Clarifai async resources take per-call options as the sync ones do: a {@code RequestOptions}
 * argument, which applies to that call only (its headers, retries and timeout), on top of the
 * resource's own.
 */
class ClarifaiAsyncPerCallOptionsWireTest extends ClarifaiWireTestBase {

  static final RequestOptions TRACED = RequestOptions.builder().header("X-Trace", "abc").build();
  static final RequestOptions NO_RETRIES = RequestOptions.builder().maxRetries(0).build();

  ClarifaiAsyncClient async;

  @BeforeEach
  void asyncClient() {
    async = client.async();
  }

  /** One async call, made with the given options (null: the form without options). */
  record Call(String name, String answer,
      Function<RequestOptions, CompletableFuture<?>> withOptions) {}

  static final String ANNOTATION = "{\"id\":\"an1\",\"input_id\":\"in1\",\"data\":{\"concepts\":"
      + "[{\"id\":\"water\",\"value\":1}]}}";

  List<Call> calls() {
    var tasks = async.tasks();
    return List.of(
        new Call("tasks.get", "\"task\":" + task(TASK_ID),
            o -> o == null ? tasks.get(TASK_ID) : tasks.get(TASK_ID, o)),
        new Call("tasks.markDone", "\"tasks\":[" + task(TASK_ID) + "]",
            o -> o == null ? tasks.markDone(TASK_ID) : tasks.markDone(TASK_ID, o)),
        new Call("tasks.inputCounts", "\"counts\":[]",
            o -> o == null ? tasks.inputCounts(TASK_ID, "u1")
                : tasks.inputCounts(TASK_ID, o, "u1")),
        new Call("assignments.labelStart", "\"task_assignments\":[]",
            o -> (o == null ? tasks.assignments(TASK_ID) : tasks.assignments(TASK_ID, o))
                .labelStart()),
        new Call("inputs.get", "\"input\":{\"id\":\"in1\"}",
            o -> o == null ? async.inputs().get("in1") : async.inputs().get("in1", o)),
        new Call("annotations.get", "\"annotation\":" + ANNOTATION,
            o -> o == null ? async.annotations().get("in1", "an1")
                : async.annotations().get("in1", "an1", o)),
        new Call("datasets.removeInputs", "",
            o -> o == null ? async.datasets().removeInputs("ds-1", "in1")
                : async.datasets().removeInputs("ds-1", o, "in1")),
        new Call("concepts.list", "\"concepts\":[]",
            o -> o == null ? async.concepts().list(1, 10) : async.concepts().list(1, 10, o)),
        new Call("searches.get", "\"search\":{\"id\":\"s-1\",\"name\":\"lakes\",\"query\":{}}",
            o -> o == null ? async.searches().get("s-1") : async.searches().get("s-1", o)));
  }

  @Test
  void aHeaderGivenToOneCallGoesWithThatCallOnly() throws Exception {
    for (Call call : calls()) {
      enqueueOk(call.answer());
      await(call.withOptions().apply(TRACED));
      assertThat(take().getHeaders().get("X-Trace")).as(call.name()).isEqualTo("abc");
      enqueueOk(call.answer());
      await(call.withOptions().apply(null));
      assertThat(take().getHeaders().get("X-Trace")).as(call.name() + " after").isNull();
    }
  }

  @Test
  void aListingGivenOptionsSendsThemWithEveryPage() throws Exception {
    enqueueOk("\"tasks\":[" + task("t1") + "]");
    enqueueOk("\"tasks\":[]");
    PageCollector<Page<Task>> pages = PageCollector.all();
    async.tasks().listAll(TaskQuery.all().perPage(1), TRACED).subscribe(pages);
    assertThat(await(pages.done)).hasSize(2);
    assertThat(take().getHeaders().get("X-Trace")).isEqualTo("abc");
    assertThat(take().getHeaders().get("X-Trace")).isEqualTo("abc");
  }

  @Test
  void maxRetriesGivenToOneCallAppliesToThatCallOnly() throws Exception {
    enqueue(503, error(98004, "Internal server issue", ""));
    assertThatThrownBy(() -> await(async.tasks().get(TASK_ID, NO_RETRIES)))
        .hasCauseExactlyInstanceOf(ServerException.class);
    assertThat(server.getRequestCount()).as("one attempt").isEqualTo(1);
    assertThat(scheduler.delays()).isEmpty();

    enqueue(503, error(98004, "Internal server issue", ""));
    enqueueTask(TASK_ID);
    assertThat(await(async.tasks().get(TASK_ID)).id()).isEqualTo(TASK_ID);
    assertThat(server.getRequestCount()).as("the next call retries").isEqualTo(3);
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void aTimeoutGivenToOneCallAppliesToThatCallOnly() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body(ok("\"task\":" + task(TASK_ID)))
        .headersDelay(3, TimeUnit.SECONDS).build());
    long start = System.nanoTime();
    assertThatThrownBy(() -> await(async.tasks().get(TASK_ID, RequestOptions.builder()
        .timeout(Duration.ofMillis(200)).maxRetries(0).build())))
        .hasCauseExactlyInstanceOf(ConnectionException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

    // The same answer time, without the option: the client's own timeouts (60 s read, 2 min
    // a call) let it come.
    server.enqueue(new MockResponse.Builder().code(200).body(ok("\"task\":" + task(TASK_ID)))
        .headersDelay(600, TimeUnit.MILLISECONDS).build());
    assertThat(await(async.tasks().get(TASK_ID)).id()).isEqualTo(TASK_ID);
  }

  @Test
  void anIdempotencyKeyIsRefusedBeforeAnythingIsSent() {
    RequestOptions keyed = RequestOptions.builder().idempotencyKey("row-17").build();
    assertThatThrownBy(() -> async.tasks().get(TASK_ID, keyed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no idempotency keys");
    assertThatThrownBy(() -> async.inputs().listAll(keyed))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
