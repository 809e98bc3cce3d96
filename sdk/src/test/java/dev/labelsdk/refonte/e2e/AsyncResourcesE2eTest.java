package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.core.PageCollector;
import dev.labelsdk.mock.http.Fault;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.refonte.RefonteAsyncClient;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.BatchPage;
import dev.labelsdk.refonte.model.BatchStatus;
import dev.labelsdk.refonte.model.CreateBatchRequest;
import dev.labelsdk.refonte.model.CreateProjectRequest;
import dev.labelsdk.refonte.model.FileImport;
import dev.labelsdk.refonte.model.FileInfo;
import dev.labelsdk.refonte.model.FileUpload;
import dev.labelsdk.refonte.model.Project;
import dev.labelsdk.refonte.model.TaskType;
import dev.labelsdk.refonte.model.TeamMember;
import dev.labelsdk.refonte.model.TeamRole;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code async()} batches, projects, files and teams against the mock, many calls at once. */
class AsyncResourcesE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.create();

  final FakeTime time = new FakeTime(MOCK);
  final RefonteClient client = E2eSupport.onFakeTime(MOCK, "live_async_resources", time);
  final RefonteAsyncClient async = client.async();

  @AfterEach
  void close() {
    client.close();
  }

  static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  @Test
  void concurrentBatchCreatesThroughLostAnswersMakeEachBatchOnce() throws Exception {
    Project project = await(async.projects().create(CreateProjectRequest
        .builder(TaskType.IMAGE_ANNOTATION, "async / p").params(Map.of("instruction", "x"))
        .build()));
    MOCK.refonte().addFault(Fault.status(502).afterProcessing().times(4)
        .on("POST", "/v1/batches"));
    List<CompletableFuture<Batch>> creates = IntStream.range(0, 20)
        .mapToObj(i -> async.batches().create(CreateBatchRequest
            .builder(project.name(), "b/" + i).metadata(Map.of("i", i)).build()))
        .toList();
    CompletableFuture<List<Project>> projects = async.projects().list();
    CompletableFuture<List<TeamMember>> team =
        async.teams().invite(List.of("ada@example.com"), TeamRole.LABELER);
    CompletableFuture<FileInfo> upload = async.files().upload(
        FileUpload.builder("hello".getBytes(), "note.txt").mediaType("text/plain").build());
    CompletableFuture<FileInfo> imported =
        async.files().importFile(FileImport.builder("s3://bucket/car.jpg").build());
    CompletableFuture.allOf(creates.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertThat(creates).extracting(f -> f.join().name())
        .containsExactlyElementsOf(IntStream.range(0, 20).mapToObj(i -> "b/" + i).toList());
    assertThat(E2eSupport.requests(MOCK, "POST", "/v1/batches")).as("one retry per fault")
        .hasSize(24);
    assertThat(time.delays()).as("each retry waited on the scheduler").hasSize(4);
    assertThat(await(projects)).extracting(Project::name).containsExactly("async / p");
    assertThat(await(team)).anySatisfy(m -> assertThat(m.role()).isEqualTo("labeler"));
    assertThat(await(upload).size()).contains(5L);
    assertThat(await(imported).id()).isNotEqualTo(await(upload).id());

    PageCollector<BatchPage> pages = PageCollector.all();
    async.batches().listAll(BatchListRequest.builder().project(project.name()).limit(6).build())
        .subscribe(pages);
    List<String> listed = await(pages.done).stream().flatMap(p -> p.docs().stream())
        .map(Batch::name).toList();
    assertThat(listed).hasSize(20).doesNotHaveDuplicates();
    assertThat(await(pages.done)).hasSize(4);

    assertThat(await(async.batches().status("b/3")).total()).isZero();
    assertThat(await(async.batches().finalizeBatch("b/3")).status())
        .isEqualTo(BatchStatus.IN_PROGRESS);
    assertThat(await(async.batches().get("b/7")).metadata().get("i")).hasValueSatisfying(n -> assertThat(n.asInt()).isEqualTo(7));
  }
}
