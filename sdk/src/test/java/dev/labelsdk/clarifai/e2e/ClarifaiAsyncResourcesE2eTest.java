package dev.labelsdk.clarifai.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.ClarifaiAsyncClient;
import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.model.BatchResult;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.SavedSearch;
import dev.labelsdk.clarifai.model.SearchFilter;
import dev.labelsdk.clarifai.model.SearchQuery;
import dev.labelsdk.clarifai.model.SearchResult;
import java.util.Map;
import dev.labelsdk.core.PageCollector;
import dev.labelsdk.mock.clarifai.wire.ClarifaiFault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.e2e.FakeTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code async()} datasets, concepts and searches against the mock, many calls at once, through lost answers. */
class ClarifaiAsyncResourcesE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  static final int N = 12;

  final FakeTime time = new FakeTime(MOCK);
  ClarifaiClient owner;
  ClarifaiAsyncClient async;

  @BeforeEach
  void people() {
    ClarifaiE2e.seedPeople(MOCK.clarifai(), "u1");
    MOCK.clarifai().setRateLimit(0);
    owner = ClarifaiE2e.ownerOnFakeTime(MOCK, time, 10);
    async = owner.async();
  }

  @AfterEach
  void close() {
    owner.close();
  }

  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  @Test
  void concurrentDatasetCallsThroughLostAnswersMakeEachDatasetOnce() throws Exception {
    List<String> inputIds = ClarifaiE2e.createInputs(owner, 6);
    // Stored, then answered with an internal error: the retry meets its own id (40010).
    MOCK.clarifai().addFault(ClarifaiFault.status(98004).afterProcessing().times(3)
        .on("POST", "/datasets$"));
    List<CompletableFuture<Dataset>> creates = IntStream.range(0, N)
        .mapToObj(i -> async.datasets().create(Dataset.of("async-" + i, "set " + i)))
        .toList();
    for (int i = 0; i < N; i++) {
      assertThat(await(creates.get(i)).description()).isEqualTo("set " + i);
    }
    assertThat(MOCK.clarifai().faults()).as("every fault was met").isEmpty();
    assertThat(ClarifaiE2e.requests(MOCK, "POST", ClarifaiE2e.PREFIX + "/datasets"))
        .as("the setup's dataset, then one retry per lost answer").hasSize(1 + N + 3);

    List<CompletableFuture<List<Input>>> adds = List.of(
        async.datasets().addInputs("async-0", inputIds.subList(0, 3)),
        async.datasets().addInputs("async-1", inputIds.subList(3, 6)),
        async.datasets().addInputs("async-2", inputIds));
    CompletableFuture.allOf(adds.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
    assertThat(await(async.datasets().removeInputs("async-2", inputIds.get(0)))).isNull();

    PageCollector<Page<Input>> inputs = PageCollector.all();
    async.datasets().listAllInputs("async-2").subscribe(inputs);
    assertThat(await(inputs.done)).flatExtracting(Page::items).extracting(Input::id)
        .containsExactlyInAnyOrderElementsOf(inputIds.subList(1, 6));

    PageCollector<Page<Dataset>> datasets = PageCollector.all();
    async.datasets().listAll().subscribe(datasets);
    assertThat(await(datasets.done)).flatExtracting(Page::items).extracting(Dataset::id)
        .filteredOn(id -> id.startsWith("async-")).hasSize(N).doesNotHaveDuplicates();
  }

  @Test
  void conceptsAndSavedSearchesAtOnce() throws Exception {
    ClarifaiE2e.createInputs(owner, 3);
    List<CompletableFuture<BatchResult<Concept>>> concepts = IntStream.range(0, 8)
        .mapToObj(i -> async.concepts().create(Concept.of("c-" + i, "Concept " + i))).toList();
    CompletableFuture<SearchResult> saved = async.searches().save(SavedSearch.of("second-lake",
        SearchQuery.of(SearchFilter.dataset(ClarifaiE2e.DATASET),
            SearchFilter.metadata(Map.of("n", 2)))).withName("The second lake"));
    for (int i = 0; i < 8; i++) {
      assertThat(await(concepts.get(i)).succeeded()).extracting(Concept::id)
          .containsExactly("c-" + i);
    }
    assertThat(await(saved).hits()).extracting(h -> h.input().id()).containsExactly("in02");

    CompletableFuture<Concept> concept = async.concepts().get("c-5");
    CompletableFuture<SavedSearch> search = async.searches().get("second-lake");
    PageCollector<Page<Concept>> pages = PageCollector.all();
    async.concepts().listAll().subscribe(pages);
    PageCollector<Page<SavedSearch>> searches = PageCollector.all();
    async.searches().listAll().subscribe(searches);
    assertThat(await(concept).name()).isEqualTo("Concept 5");
    assertThat(await(search).name()).isEqualTo("The second lake");
    assertThat(await(pages.done)).flatExtracting(Page::items).extracting(Concept::id)
        .filteredOn(id -> id.startsWith("c-")).hasSize(8).doesNotHaveDuplicates();
    assertThat(await(searches.done)).flatExtracting(Page::items).extracting(SavedSearch::id)
        .containsExactly("second-lake");
  }
}
