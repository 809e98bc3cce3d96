package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.TaskListRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every list call of both clients answers a core {@link Page}, with its next cursor. */
class OnePageTypeWireTest extends BothClientsWireTestBase {

  static String summary(Page<?> page) {
    return page.items().size() + " " + page.hasMore() + " " + page.nextCursor().orElse("-");
  }

  @Test
  void refonteTaskPagesGoByToken() {
    answer(200, "{\"docs\":[],\"total\":0,\"limit\":10,\"offset\":0,\"has_more\":true,"
        + "\"next_token\":\"tok2\"}");
    assertThat(summary(refonte.tasks().list(TaskListRequest.builder().build())))
        .isEqualTo("0 true tok2");
  }

  @Test
  void refonteBatchPagesGoByOffset() {
    answer(200, "{\"docs\":[{\"name\":\"b1\",\"project\":\"p\",\"status\":\"staging\"}],"
        + "\"totalDocs\":9,\"limit\":2,\"offset\":4,\"has_more\":true}");
    assertThat(summary(refonte.batches().list(BatchListRequest.builder().build())))
        .isEqualTo("1 true 6");
  }

  @Test
  void clarifaiPagesGoByNumberAndAShortPageIsTheLast() {
    answer(200, "{\"status\":{\"code\":10000},\"tasks\":[{\"id\":\"t1\"},{\"id\":\"t2\"}]}");
    assertThat(summary(clarifai.tasks().list(TaskQuery.all().page(3).perPage(2))))
        .isEqualTo("2 true 4");
    answer(200, "{\"status\":{\"code\":10000},\"tasks\":[{\"id\":\"t3\"}]}");
    Page<?> last = clarifai.tasks().list(TaskQuery.all().page(4).perPage(2));
    assertThat(last.hasMore()).isFalse();
    assertThat(last.nextCursor()).isEqualTo(Optional.of("5"));
  }
}
