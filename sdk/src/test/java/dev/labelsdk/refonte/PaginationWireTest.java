package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.core.AutoPager;
import dev.labelsdk.refonte.model.Batch;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.Task;
import dev.labelsdk.refonte.model.TaskListRequest;
import dev.labelsdk.refonte.model.TaskStatus;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The lazy iterators: when they fetch, what they send, and when they stop. */
class PaginationWireTest extends WireTestBase {

  static String id(int n) {
    return String.format("%024x", n);
  }

  static String page(boolean hasMore, String nextToken, int... ids) {
    List<String> docs = new ArrayList<>();
    for (int n : ids) {
      docs.add(task(id(n), "pending"));
    }
    return "{\"docs\":[" + String.join(",", docs) + "],\"total\":99,\"limit\":" + ids.length
        + ",\"offset\":0,\"has_more\":" + hasMore + ",\"next_token\":"
        + (nextToken == null ? "null" : "\"" + nextToken + "\"") + "}";
  }

  static List<String> ids(Iterable<Task> tasks) {
    List<String> out = new ArrayList<>();
    tasks.forEach(t -> out.add(t.taskId()));
    return out;
  }

  @Test
  void followsTokensUntilHasMoreIsFalseSendingTheFiltersOnEveryPage() throws Exception {
    enqueue(200, page(true, "t1", 1, 2));
    enqueue(200, page(true, "t2", 3, 4));
    enqueue(200, page(false, null, 5));
    TaskListRequest request = TaskListRequest.builder().project("p").status(TaskStatus.PENDING)
        .tags("x", "y").limit(2).build();

    assertThat(ids(client.tasks().listAll(request)))
        .containsExactly(id(1), id(2), id(3), id(4), id(5));

    RecordedRequest first = take();
    assertThat(first.getUrl().queryParameter("next_token")).isNull();
    for (String token : new String[] {"t1", "t2"}) {
      RecordedRequest next = take();
      assertThat(next.getUrl().queryParameter("next_token")).isEqualTo(token);
      assertThat(next.getUrl().queryParameter("project")).isEqualTo("p");
      assertThat(next.getUrl().queryParameter("status")).isEqualTo("pending");
      assertThat(next.getUrl().queryParameterValues("tags")).containsExactly("x", "y");
      assertThat(next.getUrl().queryParameter("limit")).isEqualTo("2");
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void fetchesTheNextPageOnlyWhenItIsNeeded() {
    enqueue(200, page(true, "t1", 1, 2));
    enqueue(200, page(false, null, 3));
    AutoPager<Task> all = client.tasks().listAll(TaskListRequest.all());
    assertThat(server.getRequestCount()).isZero();
    assertThat(all.stream().limit(2).count()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void stopsWhenHasMoreComesWithoutAToken() {
    enqueue(200, page(true, null, 1));
    enqueue(200, page(false, null, 2));
    assertThat(ids(client.tasks().listAll(TaskListRequest.all()))).containsExactly(id(1));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void stopsWhenTheTokenIsEmpty() {
    enqueue(200, page(true, "", 1));
    enqueue(200, page(false, null, 2));
    assertThat(ids(client.tasks().listAll(TaskListRequest.all()))).containsExactly(id(1));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void stopsWhenATokenRepeats() {
    enqueue(200, page(true, "t1", 1));
    enqueue(200, page(true, "t2", 2));
    enqueue(200, page(true, "t1", 3));
    enqueue(200, page(true, "t3", 4));
    assertThat(ids(client.tasks().listAll(TaskListRequest.all())))
        .containsExactly(id(1), id(2), id(3));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void listReturnsOnePageWithItsPagingData() {
    enqueue(200, page(true, "t1", 1, 2));
    var p = client.tasks().list(TaskListRequest.all());
    assertThat(p.docs()).hasSize(2);
    assertThat(p.total()).isEqualTo(99);
    assertThat(p.hasMore()).isTrue();
    assertThat(p.nextToken()).contains("t1");
  }

  static String batchPage(int offset, int limit, boolean hasMore, int count) {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      docs.add("{\"name\":\"b" + (offset + i) + "\",\"project\":\"p\",\"status\":\"in_progress\"}");
    }
    return "{\"docs\":[" + String.join(",", docs) + "],\"totalDocs\":5,\"total\":5,\"limit\":"
        + limit + ",\"offset\":" + offset + ",\"has_more\":" + hasMore + "}";
  }

  @Test
  void batchesPageByOffsetPlusLimit() throws Exception {
    enqueue(200, batchPage(0, 2, true, 2));
    enqueue(200, batchPage(2, 2, true, 2));
    enqueue(200, batchPage(4, 2, false, 1));
    List<String> names = client.batches().listAll(BatchListRequest.builder().limit(2).build())
        .stream().map(Batch::name).toList();
    assertThat(names).containsExactly("b0", "b1", "b2", "b3", "b4");
    assertThat(take().getUrl().queryParameter("offset")).isNull();
    assertThat(take().getUrl().queryParameter("offset")).isEqualTo("2");
    assertThat(take().getUrl().queryParameter("offset")).isEqualTo("4");
  }

  @Test
  void batchPagingStopsOnAnEmptyPageEvenIfTheServerSaysMore() {
    enqueue(200, batchPage(0, 2, true, 2));
    enqueue(200, batchPage(2, 2, true, 0));
    enqueue(200, batchPage(4, 2, true, 2));
    assertThat(client.batches().listAll(BatchListRequest.builder().limit(2).build()).stream()
        .count()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }
}
