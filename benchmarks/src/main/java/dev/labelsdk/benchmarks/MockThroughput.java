package dev.labelsdk.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import java.util.List;

/**
 * Benchmark 1: a create/get/list mix against the Refonte API over kept-alive connections,
 * versus static WireMock {@code okJson} stubs of the same bodies on the same server (behind
 * the same front door, so the ratio is the cost of the APIs' semantics; FrontDoorBench
 * compares against WireMock's own server).
 */
final class MockThroughput {

  private static final String CREATE =
      "{\"instruction\":\"Draw a box around each car\",\"attachment\":\"https://example.com/a.jpg\","
          + "\"geometries\":{\"box\":{\"objects_to_annotate\":[\"car\"]}},\"project\":\"project-1\"}";

  private MockThroughput() {}

  static void run() throws Exception {
    try (RefonteFixture f = new RefonteFixture()) {
      List<String> ids = f.populate(2_000, 0.5);
      String task = f.call("GET", "/v1/task/" + ids.get(0), null);
      String page = f.call("GET", "/v1/tasks?limit=10&project=project-1", null);
      f.server.wireMock().stubFor(post(urlPathEqualTo("/static/v1/task/imageannotation")).willReturn(okJson(task)));
      f.server.wireMock().stubFor(get(urlPathEqualTo("/static/v1/task")).willReturn(okJson(task)));
      f.server.wireMock().stubFor(get(urlPathEqualTo("/static/v1/tasks")).willReturn(okJson(page)));

      Load.Op api = i -> mix(f, "", ids, i);
      Load.Op stub = i -> mix(f, "/static", ids, i);
      Table table = new Table("Mock throughput: Refonte API vs static WireMock stub on the same server (20% create, 60% get, 20% list)",
          "threads", "static stub req/s", "Refonte API req/s", "ratio (target >= 0.8)", "API p50 ms", "API p99 ms");
      compare(table, api, stub);
      table.print();
      clarifai(f);
    }
  }

  /** The same comparison for the Clarifai API: PostTasks, GetTask and ListTasks by worker. */
  private static void clarifai(RefonteFixture f) throws Exception {
    List<String> ids = ClarifaiLoad.populate(f, 2_000);
    String app = ClarifaiLoad.APP;
    String task = f.call("GET", app + "/tasks/" + ids.get(0), null, ClarifaiLoad.AUTH);
    String page = f.call("GET", app + "/tasks?worker_user_ids=w1&per_page=10", null, ClarifaiLoad.AUTH);
    String created = f.call("POST", app + "/tasks", "{\"tasks\":[" + ClarifaiLoad.taskJson(1) + "]}",
        ClarifaiLoad.AUTH);
    f.server.wireMock().stubFor(post(urlPathEqualTo("/static" + app + "/tasks")).willReturn(okJson(created)));
    f.server.wireMock().stubFor(get(urlPathEqualTo("/static" + app + "/task")).willReturn(okJson(task)));
    f.server.wireMock().stubFor(get(urlPathEqualTo("/static" + app + "/tasks")).willReturn(okJson(page)));
    Load.Op api = i -> clarifaiMix(f, "", ids, i);
    Load.Op stub = i -> clarifaiMix(f, "/static", ids, i);
    Table table = new Table("Mock throughput: Clarifai API vs static WireMock stub on the same server (20% create, 60% get, 20% list by worker)",
        "threads", "static stub req/s", "Clarifai API req/s", "ratio (target >= 0.8)", "API p50 ms", "API p99 ms");
    compare(table, api, stub);
    table.print();
  }

  private static void compare(Table table, Load.Op api, Load.Op stub) throws Exception {
    for (int threads : new int[] {1, 8}) {
      int ops = threads == 1 ? 4_000 : 16_000;
      Load.run(threads, ops / 2, stub); // warm-up
      Load.run(threads, ops / 2, api);
      Load.Result s = null;
      Load.Result a = null;
      for (int round = 0; round < 3; round++) { // alternate, keep each one's best
        Load.Result sr = Load.run(threads, ops, stub);
        Load.Result ar = Load.run(threads, ops, api);
        s = s == null || sr.perSecond() > s.perSecond() ? sr : s;
        a = a == null || ar.perSecond() > a.perSecond() ? ar : a;
      }
      table.row(threads, Table.number(s.perSecond()), Table.number(a.perSecond()),
          Table.ratio(a.perSecond() / s.perSecond()), Table.number(a.percentileMillis(50)),
          Table.number(a.percentileMillis(99)));
    }
  }

  private static void clarifaiMix(RefonteFixture f, String prefix, List<String> ids, int i) throws Exception {
    String app = prefix + ClarifaiLoad.APP;
    int kind = i % 10;
    if (kind < 2) {
      f.call("POST", app + "/tasks", "{\"tasks\":[" + ClarifaiLoad.taskJson(i) + "]}", ClarifaiLoad.AUTH);
    } else if (kind < 8) {
      String id = ids.get((i * 7919) % ids.size());
      f.call("GET", prefix.isEmpty() ? app + "/tasks/" + id : app + "/task?id=" + id, null, ClarifaiLoad.AUTH);
    } else {
      f.call("GET", app + "/tasks?worker_user_ids=w1&per_page=10", null, ClarifaiLoad.AUTH);
    }
  }

  private static void mix(RefonteFixture f, String prefix, List<String> ids, int i) throws Exception {
    int kind = i % 10;
    if (kind < 2) {
      f.call("POST", prefix + "/v1/task/imageannotation", CREATE);
    } else if (kind < 8) {
      String id = ids.get((i * 7919) % ids.size());
      f.call("GET", prefix.isEmpty() ? "/v1/task/" + id : prefix + "/v1/task?id=" + id, null);
    } else {
      f.call("GET", prefix + "/v1/tasks?limit=10&project=project-1", null);
    }
  }
}
