package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.model.TaskQuery;
import dev.labelsdk.refonte.NoDelayServerSocketFactory;
import dev.labelsdk.refonte.RefonteClient;
import dev.labelsdk.refonte.model.BatchListRequest;
import dev.labelsdk.refonte.model.TaskListRequest;
import java.io.IOException;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every list call of both clients answers a core {@link Page}, with its next cursor. */
class OnePageTypeWireTest {

  final MockWebServer server = new MockWebServer();
  RefonteClient refonte;
  ClarifaiClient clarifai;

  @BeforeEach
  void start() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
    refonte = RefonteClient.builder().apiKey("test_x").baseUrl(server.url("/v1").toString())
        .build();
    clarifai = ClarifaiClient.builder().pat("pat").appId("app").baseUrl(server.url("/").toString())
        .build();
  }

  @AfterEach
  void stop() {
    refonte.close();
    clarifai.close();
    server.close();
  }

  void answer(String body) {
    server.enqueue(new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "application/json").body(body).build());
  }

  static String summary(Page<?> page) {
    return page.items().size() + " " + page.hasMore() + " " + page.nextCursor().orElse("-");
  }

  @Test
  void refonteTaskPagesGoByToken() {
    answer("{\"docs\":[],\"total\":0,\"limit\":10,\"offset\":0,\"has_more\":true,"
        + "\"next_token\":\"tok2\"}");
    assertThat(summary(refonte.tasks().list(TaskListRequest.builder().build())))
        .isEqualTo("0 true tok2");
  }

  @Test
  void refonteBatchPagesGoByOffset() {
    answer("{\"docs\":[{\"name\":\"b1\",\"project\":\"p\",\"status\":\"staging\"}],"
        + "\"totalDocs\":9,\"limit\":2,\"offset\":4,\"has_more\":true}");
    assertThat(summary(refonte.batches().list(BatchListRequest.builder().build())))
        .isEqualTo("1 true 6");
  }

  @Test
  void clarifaiPagesGoByNumberAndAShortPageIsTheLast() {
    answer("{\"status\":{\"code\":10000},\"tasks\":[{\"id\":\"t1\"},{\"id\":\"t2\"}]}");
    assertThat(summary(clarifai.tasks().list(TaskQuery.all().page(3).perPage(2))))
        .isEqualTo("2 true 4");
    answer("{\"status\":{\"code\":10000},\"tasks\":[{\"id\":\"t3\"}]}");
    Page<?> last = clarifai.tasks().list(TaskQuery.all().page(4).perPage(2));
    assertThat(last.hasMore()).isFalse();
    assertThat(last.nextCursor()).isEqualTo(Optional.of("5"));
  }
}
