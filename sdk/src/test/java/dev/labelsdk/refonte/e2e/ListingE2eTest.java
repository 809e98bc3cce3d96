package dev.labelsdk.refonte.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.core.AutoPager;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.refonte.RecordingSleeper;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.CreateTaskRequest;
import dev.labelsdk.refonte.model.ReviewStatus;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskPage;
import dev.labelsdk.refonte.model.TaskStatus;
import dev.labelsdk.refonte.model.TaskType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Listing and filtering against the mock, including 250+ tasks through the lazy iterator. */
class ListingE2eTest {

  @RegisterExtension
  static final LabelMockExtension MOCK = LabelMockExtension.withRefonte(
      RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build());

  final RefonteClient client = E2eSupport.client(MOCK, "live_listing", new RecordingSleeper());

  @AfterEach
  void close() {
    client.close();
  }

  Task create(String uniqueId, String... tags) {
    return client.tasks().create(CreateTaskRequest.builder(TaskType.TEXT_COLLECTION)
        .instruction("t").uniqueId(uniqueId).tags(tags).project("listing").build());
  }

  List<RequestJournal.Entry> listRequests() {
    return E2eSupport.requests(MOCK, "GET", "/v1/tasks");
  }

  @Test
  void listsTwoHundredSixtyTasksLazilyPageByPage() {
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 260; i++) {
      created.add(create("bulk-" + i).taskId());
    }
    TaskListRequest request = TaskListRequest.builder().project("listing").limit(100).build();
    AutoPager<Task> all = client.tasks().listAll(request);
    assertThat(listRequests()).isEmpty();

    assertThat(all.stream().limit(150).count()).isEqualTo(150);
    assertThat(listRequests()).hasSize(2);

    List<Task> tasks = all.stream().toList();
    assertThat(tasks).hasSize(260);
    assertThat(tasks).extracting(Task::taskId).doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(created);
    assertThat(tasks).extracting(Task::createdAt)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    List<RequestJournal.Entry> pages = listRequests().subList(2, 5);
    assertThat(pages).extracting(RequestJournal.Entry::query).allSatisfy(
        q -> assertThat(q).contains("project=listing").contains("limit=100"));
    assertThat(pages.get(0).query()).doesNotContain("next_token");
    assertThat(pages.get(1).query()).contains("next_token=");
    assertThat(listRequests()).hasSize(5);
  }

  @Test
  void filtersByTagsUniqueIdsStatusAndReviewStatus() {
    Task a = create("f-a", "red", "big");
    Task b = create("f-b", "blue");
    Task c = create("f-c", "green");
    client.tasks().cancel(c.taskId());
    MOCK.refonte().complete(a.taskId());
    client.tasks().audit(a.taskId(), true, null);

    assertThat(ids(TaskListRequest.builder().tags("red", "blue").build()))
        .containsExactlyInAnyOrder(a.taskId(), b.taskId());
    assertThat(ids(TaskListRequest.builder().uniqueIds("f-b", "f-c").build()))
        .containsExactlyInAnyOrder(b.taskId(), c.taskId());
    assertThat(ids(TaskListRequest.builder().status(TaskStatus.CANCELED).build()))
        .containsExactly(c.taskId());
    assertThat(ids(TaskListRequest.builder()
        .customerReviewStatuses(ReviewStatus.ACCEPTED, ReviewStatus.FIXED).build()))
        .containsExactly(a.taskId());
    assertThat(ids(TaskListRequest.builder().type(TaskType.CATEGORIZATION).build())).isEmpty();
  }

  @Test
  void filtersByTime() {
    Task a = create("time-a");
    Instant afterA = a.createdAt().plusMillis(1);
    assertThat(ids(TaskListRequest.builder().startTime(afterA).build())).isEmpty();
    assertThat(ids(TaskListRequest.builder().endTime(a.createdAt()).build()))
        .containsExactly(a.taskId());
    LocalDate today = LocalDate.ofInstant(a.createdAt(), ZoneOffset.UTC);
    assertThat(ids(TaskListRequest.builder().startTime(today).build()))
        .containsExactly(a.taskId());
    assertThat(ids(TaskListRequest.builder().completedAfter(today.minusDays(1)).build()))
        .isEmpty();
  }

  @Test
  void aPageReportsTotalsAndLimitedResponsesCarryFewerFields() {
    for (int i = 0; i < 3; i++) {
      create("page-" + i);
    }
    TaskPage page = client.tasks().list(TaskListRequest.builder().limit(2)
        .limitedResponse(true).build());
    assertThat(page.total()).isEqualTo(3);
    assertThat(page.limit()).isEqualTo(2);
    assertThat(page.hasMore()).isTrue();
    assertThat(page.nextToken()).isPresent();
    assertThat(page.docs()).hasSize(2).allSatisfy(t -> {
      assertThat(t.status()).isEqualTo(TaskStatus.PENDING);
      assertThat(t.project()).contains("listing");
    });
    TaskPage rest = client.tasks().list(TaskListRequest.builder().limit(2).build()
        .withNextToken(page.nextToken().get()));
    assertThat(rest.docs()).hasSize(1);
    assertThat(rest.hasMore()).isFalse();
  }

  List<String> ids(TaskListRequest request) {
    return client.tasks().listAll(request).stream().map(Task::taskId).toList();
  }
}
