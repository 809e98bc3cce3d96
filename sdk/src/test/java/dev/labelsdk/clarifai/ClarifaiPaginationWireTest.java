package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.model.Page;
import dev.labelsdk.clarifai.model.Task;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.core.AutoPager;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lazy task iterator: page numbers, fetched only when needed, stopping after an empty or
 * short page (spec §6, §12).
 */
class ClarifaiPaginationWireTest extends ClarifaiWireTestBase {

  void enqueuePage(int from, int count) {
    List<String> tasks = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      tasks.add(task("t" + i));
    }
    enqueueOk("\"tasks\":[" + String.join(",", tasks) + "]");
  }

  @Test
  void stopsAfterAShortPage() throws Exception {
    enqueuePage(0, 3);
    enqueuePage(3, 3);
    enqueuePage(6, 1);
    AutoPager<Task> all = client.tasks().listAll(TaskQuery.all().workers("u1").perPage(3));
    assertThat(all.stream().map(Task::id).toList())
        .containsExactly("t0", "t1", "t2", "t3", "t4", "t5", "t6");
    assertThat(server.getRequestCount()).isEqualTo(3);
    for (int page = 1; page <= 3; page++) {
      assertThat(take().getUrl().encodedQuery())
          .isEqualTo("page=" + page + "&per_page=3&worker_user_ids=u1");
    }
  }

  @Test
  void stopsAfterAnEmptyPage() {
    enqueuePage(0, 2);
    enqueuePage(2, 2);
    enqueuePage(4, 0);
    List<Task> all = client.tasks().listAll(TaskQuery.all().perPage(2)).stream().toList();
    assertThat(all).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void fetchesAPageOnlyWhenTheItemsBeforeItAreConsumed() {
    AutoPager<Task> all = client.tasks().listAll(TaskQuery.all().perPage(2));
    assertThat(server.getRequestCount()).isZero();
    enqueuePage(0, 2);
    enqueuePage(2, 2);
    Iterator<Task> it = all.iterator();
    assertThat(it.next().id()).isEqualTo("t0");
    assertThat(it.next().id()).isEqualTo("t1");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(it.next().id()).isEqualTo("t2");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void startsAtTheQuerysPageAndUsesTheServerDefaultPageSizeOtherwise() throws Exception {
    enqueuePage(0, 5);
    assertThat(client.tasks().listAll(TaskQuery.all().page(4)).stream().count()).isEqualTo(5);
    assertThat(take().getUrl().encodedQuery())
        .isEqualTo("page=4&per_page=" + Page.DEFAULT_PER_PAGE);
  }

  @Test
  void onePageReportsWhetherItIsTheLast() {
    enqueuePage(0, 2);
    Page<Task> page = client.tasks().list(TaskQuery.all().perPage(2));
    assertThat(page.items()).hasSize(2);
    assertThat(page.isLast()).isFalse();
    enqueuePage(0, 1);
    assertThat(client.tasks().list(TaskQuery.all().perPage(2)).isLast()).isTrue();
  }
}
