package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchFilter;
import dev.labelsdk.clarifai.model.SearchQuery;
import dev.labelsdk.clarifai.model.SearchResult;
import dev.labelsdk.core.PageCollector;
import dev.labelsdk.core.RequestOptions;
import java.time.Duration;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code clarifai.async()} datasets, concepts and searches on the wire: each method sends the request of its sync
 * twin and decodes the same answer, with retries waiting on the scheduler.
 */
class ClarifaiAsyncResourcesWireTest extends ClarifaiWireTestBase {

  static final String DATASET = "{\"id\":\"ds-1\",\"description\":\"cars\"}";

  ClarifaiAsyncClient async;

  @BeforeEach
  void asyncClient() {
    async = client.async();
  }

  @Test
  void datasetCallsSendTheirRequestsAndDecodeTheAnswers() throws Exception {
    enqueueOk("\"datasets\":[" + DATASET + "]");
    assertThat(await(async.datasets().create(Dataset.of("ds-1", "cars"))).description())
        .isEqualTo("cars");
    assertThat(body(take("POST", "/datasets"))).isEqualTo(
        json("{\"datasets\":[{\"id\":\"ds-1\",\"description\":\"cars\"}]}"));

    enqueueOk("\"dataset\":" + DATASET);
    assertThat(await(async.datasets().get("ds-1")).id()).isEqualTo("ds-1");
    take("GET", "/datasets/ds-1");

    enqueueOk("\"datasets\":[" + DATASET + "]");
    Page<Dataset> page = await(async.datasets().list(2, 5));
    assertThat(page.items()).extracting(Dataset::id).containsExactly("ds-1");
    RecordedRequest list = take("GET", "/datasets");
    assertThat(list.getUrl().encodedQuery()).isEqualTo("page=2&per_page=5");

    enqueueOk("\"dataset_inputs\":[{\"input\":{\"id\":\"in-1\"}},{\"input\":{\"id\":\"in-2\"}}]");
    assertThat(await(async.datasets().addInputs("ds-1", "in-1", "in-2")))
        .extracting(Input::id).containsExactly("in-1", "in-2");
    assertThat(body(take("POST", "/datasets/ds-1/inputs"))).isEqualTo(json(
        "{\"dataset_inputs\":[{\"input\":{\"id\":\"in-1\"}},{\"input\":{\"id\":\"in-2\"}}]}"));

    enqueueOk("\"dataset_inputs\":[{\"input\":{\"id\":\"in-1\"}}]");
    assertThat(await(async.datasets().listInputs("ds-1", 1, 3)).items())
        .extracting(Input::id).containsExactly("in-1");
    assertThat(take("GET", "/datasets/ds-1/inputs").getUrl().encodedQuery())
        .isEqualTo("page=1&per_page=3");

    enqueueOk("");
    await(async.datasets().removeInputs("ds-1", "in-2"));
    assertThat(body(take("DELETE", "/datasets/ds-1/inputs")))
        .isEqualTo(json("{\"input_ids\":[\"in-2\"]}"));
  }

  @Test
  void aDatasetCreateThatMeetsItsOwnIdAfterALostAnswerCompletesWithTheDataset()
      throws Exception {
    enqueue(500, error(98004, "Internal server issue", "failed after commit"));
    enqueue(400, error(40010, "Object has a duplicate ID", "dataset id 'ds-1' already exists"));
    enqueueOk("\"dataset\":" + DATASET);
    assertThat(await(async.datasets().create(Dataset.of("ds-1"))).description())
        .isEqualTo("cars");
    take("POST", "/datasets");
    assertThat(take("POST", "/datasets").getHeaders().get("X-Retry-Count")).isEqualTo("1");
    take("GET", "/datasets/ds-1");
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void aRemoveThatFindsTheInputsGoneAfterALostAnswerSucceeds() throws Exception {
    enqueue(502, "bad gateway");
    enqueue(404, error(54002, "Resource does not exist", "no such input"));
    await(async.datasets().removeInputs("ds-1", "in-2"));
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));
  }

  @Test
  void failuresMapAsInTheSyncClientAndBadArgumentsSendNothing() {
    enqueue(400, error(40010, "Object has a duplicate ID", "dataset id 'ds-1' already exists"));
    assertThatThrownBy(() -> await(async.datasets().create(Dataset.of("ds-1"))))
        .hasCauseInstanceOf(ConflictException.class);
    enqueue(404, error(54002, "Resource does not exist", "no dataset"));
    assertThatThrownBy(() -> await(async.datasets().get("nope")))
        .hasCauseInstanceOf(dev.labelsdk.core.NotFoundException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);

    assertThatThrownBy(() -> async.datasets().create(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> async.datasets().addInputs("ds-1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void listAllPublishesPagesUntilAShortOneAndOptionsApply() throws Exception {
    StringBuilder full = new StringBuilder();
    for (int i = 0; i < Page.DEFAULT_PER_PAGE; i++) {
      full.append(i == 0 ? "" : ",").append("{\"id\":\"ds-").append(i).append("\"}");
    }
    enqueueOk("\"datasets\":[" + full + "]");
    enqueueOk("\"datasets\":[" + DATASET + "]");
    PageCollector<Page<Dataset>> pages = PageCollector.all();
    async.datasets().withOptions(RequestOptions.builder().header("X-Trace", "t1").build())
        .listAll().subscribe(pages);
    assertThat(await(pages.done)).hasSize(2);
    assertThat(await(pages.done).get(1).items()).extracting(Dataset::id).containsExactly("ds-1");
    assertThat(take().getUrl().queryParameter("page")).isEqualTo("1");
    RecordedRequest second = take();
    assertThat(second.getUrl().queryParameter("page")).isEqualTo("2");
    assertThat(second.getHeaders().get("X-Trace")).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void conceptCallsSendTheirRequestsDecodeTheAnswersAndRetryOnTheScheduler() throws Exception {
    enqueueOk("\"concepts\":[{\"id\":\"water\",\"name\":\"Water\"}]");
    BatchResult<Concept> created = await(async.concepts().create(Concept.of("water", "Water")));
    assertThat(created.succeeded()).extracting(Concept::name).containsExactly("Water");
    assertThat(body(take("POST", "/concepts"))).isEqualTo(
        json("{\"concepts\":[{\"id\":\"water\",\"name\":\"Water\",\"value\":1.0}]}"));

    enqueue(503, "unavailable");
    enqueueOk("\"concept\":{\"id\":\"water\",\"name\":\"Water\"}");
    assertThat(await(async.concepts().get("water")).name()).isEqualTo("Water");
    take("GET", "/concepts/water");
    assertThat(take("GET", "/concepts/water").getHeaders().get("X-Retry-Count")).isEqualTo("1");
    assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(250));

    enqueueOk("\"concepts\":[{\"id\":\"water\",\"name\":\"Water\"}]");
    PageCollector<Page<Concept>> pages = PageCollector.all();
    async.concepts().listAll().subscribe(pages);
    assertThat(await(pages.done)).flatExtracting(Page::items).extracting(Concept::id)
        .containsExactly("water");
    assertThat(take("GET", "/concepts").getUrl().queryParameter("page")).isEqualTo("1");
    assertThat(server.getRequestCount()).as("a short page ends the listing").isEqualTo(4);
  }

  @Test
  void searchCallsSendTheirRequestsAndDecodeTheAnswers() throws Exception {
    String search = "{\"id\":\"s-1\",\"name\":\"lakes\",\"query\":{}}";
    enqueueOk("\"searches\":[" + search + "],\"hits\":[{\"score\":1,\"input\":"
        + "{\"id\":\"in-1\"}}]");
    SearchResult saved = await(async.searches().save(SavedSearch.of("s-1",
        SearchQuery.of(SearchFilter.dataset("ds-1"))).withName("lakes")));
    assertThat(saved.hits()).extracting(h -> h.input().id()).containsExactly("in-1");
    var sent = body(take("POST", "/searches")).get("searches").get(0);
    assertThat(sent.get("id").asText()).isEqualTo("s-1");
    assertThat(sent.get("name").asText()).isEqualTo("lakes");
    assertThat(sent.get("query").toString()).contains("ds-1");

    enqueueOk("\"search\":" + search);
    assertThat(await(async.searches().get("s-1")).name()).isEqualTo("lakes");
    take("GET", "/searches/s-1");

    enqueueOk("\"searches\":[" + search + "]");
    assertThat(await(async.searches().list(1, 10)).items()).extracting(SavedSearch::id)
        .containsExactly("s-1");
    assertThat(take("GET", "/searches").getUrl().encodedQuery()).isEqualTo("page=1&per_page=10");

    enqueue(404, error(54002, "Resource does not exist", "no search"));
    assertThatThrownBy(() -> await(async.searches().get("nope")))
        .hasCauseInstanceOf(dev.labelsdk.core.NotFoundException.class);
    assertThatThrownBy(() -> async.searches().save()).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isEqualTo(4);
  }
}
