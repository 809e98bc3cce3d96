package dev.labelsdk.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.refonte.Caller;
import dev.labelsdk.mock.refonte.CreateTask;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import dev.labelsdk.mock.refonte.RefonteEngine;
import dev.labelsdk.mock.server.LabelMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A mock server set up for load (no rate limits, no journals) plus a kept-alive OkHttp client,
 * and a fast way to fill the Refonte store through the engine. Both APIs are served.
 */
final class RefonteFixture implements AutoCloseable {

  static final String KEY = "live_bench";
  static final ObjectMapper JSON = new ObjectMapper();
  static final MediaType JSON_TYPE = MediaType.get("application/json");

  final LabelMockServer server;
  final OkHttpClient http;
  final String auth = "Basic " + Base64.getEncoder().encodeToString((KEY + ":").getBytes(StandardCharsets.UTF_8));

  RefonteFixture() {
    server = LabelMockServer.builder()
        .refonte(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).requestLogCapacity(0).build())
        .clarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).requestLogCapacity(0).build())
        .journalCapacity(0)
        .build()
        .start();
    http = client();
  }

  /** A kept-alive client allowed enough parallel connections for the load. */
  static OkHttpClient client() {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(128);
    dispatcher.setMaxRequestsPerHost(128);
    return new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
        .retryOnConnectionFailure(false)
        .build();
  }

  String url(String path) {
    return server.baseUrl() + path;
  }

  /** Sends a request and returns the body; any status but 200 is a failure of the benchmark. */
  String call(String method, String path, String json) throws IOException {
    return call(method, path, json, auth);
  }

  /** The same with another Authorization header (Clarifai: {@code Key <token>}). */
  String call(String method, String path, String json, String authorization) throws IOException {
    Request.Builder b = new Request.Builder().url(url(path)).header("Authorization", authorization);
    b.method(method, json == null ? null : RequestBody.create(json, JSON_TYPE));
    try (Response r = http.newCall(b.build()).execute()) {
      String body = r.body().string();
      if (r.code() != 200) {
        throw new IllegalStateException(method + " " + path + " -> " + r.code() + " " + body);
      }
      return body;
    }
  }

  /** Creates {@code count} tasks through the engine (no HTTP), spread over 10 projects. */
  List<String> populate(int count, double completedShare) {
    RefonteEngine engine = server.refonte().engine();
    Caller caller = engine.authenticate(KEY);
    List<String> ids = new ArrayList<>(count);
    CreateTask[] tasks = new CreateTask[10];
    for (int p = 0; p < 10; p++) {
      ObjectNode params = JSON.createObjectNode().put("attachment", "https://example.com/images/" + p + ".jpg");
      params.putObject("geometries").putObject("box").putArray("objects_to_annotate").add("car");
      tasks[p] = CreateTask.builder("imageannotation").instruction("Draw a box around each car")
          .project("project-" + p).params(params).build();
    }
    int completeEvery = completedShare <= 0 ? Integer.MAX_VALUE : (int) Math.round(1 / completedShare);
    for (int i = 0; i < count; i++) {
      String id = engine.tasks().create(caller, tasks[i % 10]).id();
      ids.add(id);
      if ((i / 10) % completeEvery == 0) { // independent of the project (i % 10)
        engine.control().complete(id, null, null);
      }
    }
    return ids;
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    server.stop();
  }
}
