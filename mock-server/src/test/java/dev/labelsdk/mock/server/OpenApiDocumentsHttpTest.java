package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.labelsdk.mock.clarifai.wire.ClarifaiAdminHttpApi;
import dev.labelsdk.mock.clarifai.wire.ClarifaiRouteTable;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.refonte.wire.RefonteAdminHttpApi;
import dev.labelsdk.mock.refonte.wire.RefonteHttpApi;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI documents the mock serves under {@code /__admin/labelsdk/openapi/}: they parse
 * without errors, they describe exactly the routes the mock serves (checked against the route
 * tables and against the running server, both ways), and real answers match their schemas.
 */
class OpenApiDocumentsHttpTest {

  private static final List<String> METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");
  private static final String REFONTE_KEY = "live_openapi";
  private static final String CLARIFAI_TOKEN = "openapi_token";

  /** The routes of the server's own small handlers (clock, identity, snapshot, documents, shutdown). */
  private static final List<String> SERVER_ROUTES = List.of(
      "GET /__admin/clock",
      "POST /__admin/clock",
      "GET " + HealthHttpApi.PATH,
      "HEAD " + HealthHttpApi.PATH,
      "GET " + SnapshotHttpApi.PATH,
      "POST " + SnapshotHttpApi.PATH,
      "GET " + HealthHttpApi.OPENAPI_PATH + "{document}",
      "HEAD " + HealthHttpApi.OPENAPI_PATH + "{document}",
      "POST /__admin/shutdown");

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private static LabelMockServer server;
  private static final Map<String, JsonNode> DOCS = new LinkedHashMap<>();
  private static final Map<String, String> RAW = new LinkedHashMap<>();

  @BeforeAll
  static void start() {
    server = LabelMockServer.builder().build().start();
    for (String name : HealthHttpApi.OPENAPI_DOCUMENTS) {
      HttpResponse<byte[]> r = send("GET", HealthHttpApi.OPENAPI_PATH + name, null);
      assertThat(r.statusCode()).as(name).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
      RAW.put(name, new String(r.body(), StandardCharsets.UTF_8));
      DOCS.put(name, Json.tree(r.body()));
    }
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  // ---- 1. a real OpenAPI parser accepts them ----

  @Test
  void everyDocumentIsValidOpenApi31() {
    String version = send("GET", HealthHttpApi.PATH, null).headers()
        .firstValue("X-Labelsdk-Mock-Version").orElseThrow();
    for (var e : RAW.entrySet()) {
      ParseOptions options = new ParseOptions();
      options.setResolve(true);
      options.setValidateInternalRefs(true);
      SwaggerParseResult result = new OpenAPIV3Parser().readContents(e.getValue(), null, options);
      assertThat(result.getMessages()).as(e.getKey()).isEmpty();
      assertThat(result.getOpenAPI()).as(e.getKey()).isNotNull();
      assertThat(result.getOpenAPI().getOpenapi()).as(e.getKey()).isEqualTo("3.1.0");
      assertThat(result.getOpenAPI().getPaths()).as(e.getKey()).isNotEmpty();
      assertThat(result.getOpenAPI().getInfo().getVersion()).as(e.getKey()).isEqualTo(version);
    }
  }

  @Test
  void theParserReportsABrokenDocument() {
    ObjectNode broken = DOCS.get("refonte.json").deepCopy();
    ((ObjectNode) broken.at("/paths/~1v1~1tasks/get/responses/200/content/application~1json/schema"))
        .put("$ref", "#/components/schemas/NoSuchSchema");
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setValidateInternalRefs(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(Json.compact(broken), null, options);
    assertThat(result.getMessages()).isNotEmpty();
  }

  @Test
  void documentsAreServedOnGetAndHeadOnly() {
    assertThat(send("HEAD", HealthHttpApi.OPENAPI_PATH + "control.json", null).statusCode()).isEqualTo(200);
    HttpResponse<byte[]> post = send("POST", HealthHttpApi.OPENAPI_PATH + "control.json", null);
    assertThat(post.statusCode()).isEqualTo(405);
    HttpResponse<byte[]> missing = send("GET", HealthHttpApi.OPENAPI_PATH + "wiremock.json", null);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(Json.tree(missing.body()).get("error").asText()).startsWith("No such control endpoint");
  }

  // ---- 2. documents and routers agree, both ways ----

  @Test
  void theDocumentsDescribeExactlyTheRoutesTheMockServes() {
    Set<String> served = new TreeSet<>();
    RefonteHttpApi.ROUTES.forEach(r -> served.add(shape(r)));
    ClarifaiRouteTable.routes().forEach(r -> served.add(shape(r)));
    RefonteAdminHttpApi.ROUTES.forEach(r -> served.add(shape(r)));
    ClarifaiAdminHttpApi.ROUTES.forEach(r -> served.add(shape(r)));
    SERVER_ROUTES.forEach(r -> served.add(shape(r)));

    Set<String> documented = new TreeSet<>();
    documentedOperations("refonte.json").forEach(r -> documented.add(shape(r)));
    documentedOperations("clarifai.json").forEach(r -> documented.add(shape(r)));
    documentedOperations("control.json").forEach(r -> documented.add(shape(r)));

    assertThat(documented).as("documented but not served").isSubsetOf(served);
    assertThat(served).as("served but not documented").isSubsetOf(documented);
    // each document keeps to its own part of the server
    documentedOperations("refonte.json").forEach(r -> assertThat(path(r)).startsWith("/v1/"));
    documentedOperations("clarifai.json").forEach(r -> assertThat(path(r)).startsWith("/v2/"));
    documentedOperations("control.json").forEach(r -> assertThat(path(r)).matches(
        "/__admin/(refonte/.+|clarifai/.+|clock|labelsdk/.+|shutdown)"));
  }

  @Test
  void everyDocumentedOperationIsRoutedByTheRunningServer() {
    List<String> unrouted = new ArrayList<>();
    for (String doc : DOCS.keySet()) {
      for (String operation : documentedOperations(doc)) {
        String method = operation.substring(0, operation.indexOf(' '));
        if (!routed(method, fill(path(operation)))) {
          unrouted.add(doc + ": " + operation);
        }
      }
    }
    assertThat(unrouted).isEmpty();
  }

  /**
   * The route lists that are not the router itself (Refonte's, the control planes') are checked
   * against the running server: on every path they or the documents name, exactly the listed
   * methods are routed. (Clarifai's list is its router's own table.) A path that neither a list
   * nor a document names is beyond this check.
   */
  @Test
  void theRouteListsMatchTheRunningRouters() {
    List<String> listed = new ArrayList<>(RefonteHttpApi.ROUTES);
    listed.addAll(RefonteAdminHttpApi.ROUTES);
    listed.addAll(ClarifaiAdminHttpApi.ROUTES);
    listed.addAll(SERVER_ROUTES);
    Set<String> listedShapes = new TreeSet<>();
    listed.forEach(r -> listedShapes.add(shape(r)));
    Set<String> paths = new TreeSet<>();
    listed.forEach(r -> paths.add(path(r)));
    documentedOperations("refonte.json").forEach(r -> paths.add(path(r)));
    documentedOperations("control.json").forEach(r -> paths.add(path(r)));
    List<String> wrong = new ArrayList<>();
    for (String template : paths) {
      for (String method : METHODS) {
        boolean isListed = listedShapes.contains(shape(method + " " + template));
        if (routed(method, fill(template)) != isListed) {
          wrong.add(method + " " + template + (isListed ? " is listed but not routed" : " is routed but not listed"));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  // ---- 3. real answers match the documented schemas ----

  @Test
  void refonteAnswersMatchTheirSchemas() {
    server.refonte().reset();
    String task = "{\"instruction\":\"Big or small?\",\"attachment_type\":\"text\",\"attachment\":\"car\","
        + "\"categories\":[\"big\",\"small\"],\"tags\":[\"a\"],\"unique_id\":\"u-1\",\"metadata\":{\"k\":1}}";
    HttpResponse<byte[]> created = send("POST", "/v1/task/categorization", task);
    check("refonte.json", "POST", "/v1/task/{type_or_id}", created, 200);
    String id = Json.tree(created.body()).get("task_id").asText();
    check("refonte.json", "GET", "/v1/task/{type_or_id}", send("GET", "/v1/task/" + id, null), 200);
    check("refonte.json", "GET", "/v1/tasks", send("GET", "/v1/tasks?limit=1", null), 200);
    check("refonte.json", "GET", "/v1/tasks", send("GET", "/v1/tasks?limited_response=true", null), 200);
    check("refonte.json", "POST", "/v1/task/{task_id}/tags", send("POST", "/v1/task/" + id + "/tags", "[\"x\",\"y\"]"), 200);
    check("refonte.json", "POST", "/v1/projects",
        send("POST", "/v1/projects", "{\"type\":\"categorization\",\"name\":\"p1\",\"params\":{\"instruction\":\"i\"}}"), 200);
    check("refonte.json", "POST", "/v1/batches", send("POST", "/v1/batches", "{\"project\":\"p1\",\"name\":\"b1\"}"), 200);
    check("refonte.json", "GET", "/v1/batches", send("GET", "/v1/batches", null), 200);
    check("refonte.json", "GET", "/v1/batches/{batch_name}/status", send("GET", "/v1/batches/b1/status", null), 200);
    check("refonte.json", "GET", "/v1/projects", send("GET", "/v1/projects", null), 200);
    check("refonte.json", "GET", "/v1/teams", send("GET", "/v1/teams", null), 200);
    check("refonte.json", "POST", "/v1/files/import",
        send("POST", "/v1/files/import", "{\"file_url\":\"https://x/y.png\",\"metadata\":{\"a\":1}}"), 200);
    // errors: unknown task, bad create, duplicate unique_id, no key
    check("refonte.json", "GET", "/v1/task/{type_or_id}", send("GET", "/v1/task/0123456789abcdef01234567", null), 404);
    check("refonte.json", "POST", "/v1/task/{type_or_id}", send("POST", "/v1/task/categorization", "{\"attachment\":1}"), 400);
    check("refonte.json", "POST", "/v1/task/{type_or_id}", send("POST", "/v1/task/categorization", task), 409);
    check("refonte.json", "GET", "/v1/tasks", sendAs(null, "GET", "/v1/tasks", null), 401);
    check("refonte.json", "POST", "/v1/files/upload", upload(), 200);
    check("refonte.json", "POST", "/v1/teams/invite",
        send("POST", "/v1/teams/invite", "{\"emails\":[\"ann\u0040example.com\"],\"team_role\":\"labeler\"}"), 200);
    check("refonte.json", "POST", "/v1/task/{task_id}/setMetadata", send("POST", "/v1/task/" + id + "/setMetadata", "{\"m\":[1]}"), 200);
    check("refonte.json", "POST", "/v1/task/{task_id}/unique_id", send("POST", "/v1/task/" + id + "/unique_id", "{\"unique_id\":\"u-2\"}"), 200);
    check("refonte.json", "DELETE", "/v1/task/{task_id}/unique_id", send("DELETE", "/v1/task/" + id + "/unique_id", null), 200);
    server.refonte().complete(id);
    check("refonte.json", "POST", "/v1/task/{task_id}/audit",
        send("POST", "/v1/task/" + id + "/audit", "{\"accepted\":false,\"comments\":\"no\"}"), 200);
    check("refonte.json", "POST", "/v1/task/{task_id}/cancel", send("POST", "/v1/task/" + id + "/cancel", null), 400);
    String other = Json.tree(send("POST", "/v1/task/textcollection", "{\"batch\":\"b1\"}").body()).get("task_id").asText();
    check("refonte.json", "POST", "/v1/task/{task_id}/cancel",
        send("POST", "/v1/task/" + other + "/cancel?clear_unique_id=true", null), 200);
    check("refonte.json", "POST", "/v1/batches/{batch_name}/finalize", send("POST", "/v1/batches/b1/finalize", null), 200);
    check("refonte.json", "POST", "/v1/batches/{batch_name}/setMetadata", send("POST", "/v1/batches/b1/setMetadata", "{\"x\":true}"), 200);
    check("refonte.json", "GET", "/v1/batches/{batch_name}", send("GET", "/v1/batches/b1", null), 200);
    check("refonte.json", "POST", "/v1/projects/{project_name}/setParams",
        send("POST", "/v1/projects/p1/setParams", "{\"instruction\":\"j\",\"patch\":true}"), 200);
    check("refonte.json", "GET", "/v1/projects/{project_name}", send("GET", "/v1/projects/p1", null), 200);
    check("refonte.json", "GET", "/v1/tasks", send("GET", "/v1/tasks?batch=b1&limit=100", null), 200);
  }

  @Test
  void clarifaiAnswersMatchTheirSchemas() {
    server.clarifai().reset(false);
    String long_ = "/v2/users/owner/apps/app1";
    check("clarifai.json", "POST", long_.replace("owner", "{user_id}").replace("app1", "{app_id}") + "/inputs",
        send("POST", long_ + "/inputs", "{\"inputs\":[{\"id\":\"i1\",\"data\":{\"image\":{\"url\":\"https://x/1.jpg\"}}},"
            + "{\"id\":\"i2\",\"data\":{\"text\":{\"raw\":\"two\"}}}]}"), 200);
    HttpResponse<byte[]> created = send("POST", long_ + "/tasks", "{\"tasks\":[{\"type\":\"CONCEPTS_CLASSIFICATION\","
        + "\"worker\":{\"strategy\":\"FULL\",\"user_ids\":[\"mock-user\"]},\"concept_ids\":[\"water\"],"
        + "\"input_source\":{\"type\":\"ALL_INPUTS\"},\"review\":{\"strategy\":\"MANUAL\",\"user_ids\":[\"mock-user\"]}}]}");
    String longT = "/v2/users/{user_id}/apps/{app_id}";
    check("clarifai.json", "POST", longT + "/tasks", created, 200);
    String id = Json.tree(created.body()).at("/tasks/0/id").asText();
    check("clarifai.json", "GET", longT + "/tasks/{task_id}", send("GET", long_ + "/tasks/" + id + "?additional_fields=all", null), 200);
    check("clarifai.json", "GET", longT + "/tasks", send("GET", long_ + "/tasks", null), 200);
    check("clarifai.json", "GET", "/v2/tasks", send("GET", "/v2/tasks?per_page=1", null), 200);
    check("clarifai.json", "PUT", longT + "/tasks/{task_id}/assignments",
        send("PUT", long_ + "/tasks/" + id + "/assignments", "{\"action\":\"LABEL_START\"}"), 200);
    check("clarifai.json", "GET", longT + "/tasks/{task_id}/inputs/count",
        send("GET", long_ + "/tasks/" + id + "/inputs/count", null), 200);
    check("clarifai.json", "POST", longT + "/concepts",
        send("POST", long_ + "/concepts", "{\"concepts\":[{\"id\":\"water\"},{\"id\":\"fire\",\"name\":\"Fire\"}]}"), 207);
    check("clarifai.json", "GET", longT + "/annotations", send("GET", long_ + "/annotations?list_all_annotations=true", null), 200);
    check("clarifai.json", "GET", longT + "/collaborators", send("GET", long_ + "/collaborators", null), 200);
    check("clarifai.json", "POST", longT + "/collaborators",
        send("POST", long_ + "/collaborators", "{\"collaborators\":[{\"user\":{\"id\":\"u2\"}}]}"), 200);
    check("clarifai.json", "POST", longT + "/datasets", send("POST", long_ + "/datasets", "{\"datasets\":[{\"id\":\"d1\",\"description\":\"D\"}]}"), 200);
    check("clarifai.json", "GET", longT + "/datasets/{dataset_id}", send("GET", long_ + "/datasets/d1", null), 200);
    check("clarifai.json", "POST", longT + "/datasets/{dataset_id}/inputs",
        send("POST", long_ + "/datasets/d1/inputs", "{\"dataset_inputs\":[{\"input\":{\"id\":\"i1\"}}]}"), 200);
    check("clarifai.json", "GET", longT + "/datasets/{dataset_id}/inputs", send("GET", long_ + "/datasets/d1/inputs", null), 200);
    check("clarifai.json", "GET", longT + "/inputs/{input_id}", send("GET", long_ + "/inputs/i1", null), 200);
    check("clarifai.json", "GET", longT + "/inputs", send("GET", long_ + "/inputs", null), 200);
    check("clarifai.json", "POST", longT + "/searches", send("POST", long_ + "/searches",
        "{\"searches\":[{\"id\":\"s1\",\"save\":true,\"query\":{\"filters\":[{\"input\":{\"dataset_ids\":[\"d1\"]}}]}}]}"), 200);
    check("clarifai.json", "GET", longT + "/searches/{search_id}", send("GET", long_ + "/searches/s1", null), 200);
    check("clarifai.json", "GET", longT + "/concepts/{concept_id}", send("GET", long_ + "/concepts/water", null), 200);
    HttpResponse<byte[]> annotated = send("POST", long_ + "/annotations", "{\"annotations\":[{\"input_id\":\"i1\",\"task_id\":\"" + id
        + "\",\"data\":{\"concepts\":[{\"id\":\"water\",\"value\":1}]}}]}");
    check("clarifai.json", "POST", longT + "/annotations", annotated, 200);
    String annotation = Json.tree(annotated.body()).at("/annotations/0/id").asText();
    check("clarifai.json", "GET", longT + "/inputs/{input_id}/annotations/{annotation_id}",
        send("GET", long_ + "/inputs/i1/annotations/" + annotation, null), 200);
    check("clarifai.json", "GET", longT + "/tasks/{task_id}/annotations/count",
        send("GET", long_ + "/tasks/" + id + "/annotations/count", null), 200);
    check("clarifai.json", "PATCH", longT + "/task/{task_id}/annotations/status",
        send("PATCH", long_ + "/task/" + id + "/annotations/status",
            "{\"user_ids\":[\"mock-user\"],\"status_codes\":[\"ANNOTATION_AWAITING_REVIEW\"],\"status_code\":\"ANNOTATION_SUCCESS\"}"), 200);
    check("clarifai.json", "GET", longT + "/tasks/{task_id}/assignments", send("GET", long_ + "/tasks/" + id + "/assignments", null), 200);
    check("clarifai.json", "PATCH", longT + "/tasks", send("PATCH", long_ + "/tasks",
        "{\"action\":\"merge\",\"tasks\":[{\"id\":\"" + id + "\",\"status\":{\"code\":54002}}]}"), 200);
    check("clarifai.json", "DELETE", longT + "/tasks", send("DELETE", long_ + "/tasks", "{\"ids\":[\"" + id + "\"]}"), 200);
    check("clarifai.json", "DELETE", longT + "/inputs/{input_id}", send("DELETE", long_ + "/inputs/i2", null), 200);
    // errors: unknown task, bad request, no key, unknown path, wrong method
    check("clarifai.json", "GET", longT + "/tasks/{task_id}", send("GET", long_ + "/tasks/nope", null), 404);
    check("clarifai.json", "POST", "/v2/tasks", send("POST", "/v2/tasks", "{\"tasks\":[]}"), 400);
    check("clarifai.json", "GET", "/v2/tasks", sendAs(null, "GET", "/v2/tasks", null), 401);
    check("clarifai.json", "PATCH", "/v2/tasks", send("PATCH", "/v2/tasks", "{not json"), 400);
  }

  @Test
  void controlAnswersMatchTheirSchemas() {
    server.refonte().reset();
    server.clarifai().reset(false);
    String id = Json.tree(send("POST", "/v1/task/imageannotation",
        "{\"attachment\":\"https://x/1.png\",\"callback_url\":\"http://127.0.0.1:9/cb\"}").body()).get("task_id").asText();
    send("POST", "/v1/task/categorization", "{\"attachment\":\"https://x/1.png\",\"categories\":[\"a\"]}");
    send("POST", "/v1/task/imageannotation", "{\"attachment\":\"https://x/2.png\"}", "idem-1");
    send("POST", "/v2/tasks", "{\"tasks\":[{\"worker\":{\"strategy\":\"FULL\"},\"concept_ids\":[\"c\"]}]}");
    String c = "control.json";
    check(c, "POST", "/__admin/refonte/tasks/{task_id}/complete",
        send("POST", "/__admin/refonte/tasks/" + id + "/complete", "{\"response\":{\"annotations\":[]}}"), 200);
    check(c, "GET", "/__admin/refonte/tasks/{task_id}", send("GET", "/__admin/refonte/tasks/" + id, null), 200);
    check(c, "POST", "/__admin/refonte/tasks/{task_id}/redo", send("POST", "/__admin/refonte/tasks/" + id + "/redo", null), 200);
    check(c, "POST", "/__admin/refonte/tasks/{task_id}/error", send("POST", "/__admin/refonte/tasks/" + id + "/error", null), 400);
    check(c, "POST", "/__admin/refonte/faults", send("POST", "/__admin/refonte/faults",
        "{\"status\":503,\"retry_after\":2,\"method\":\"GET\",\"path_prefix\":\"/v1/nothing\"}"), 200);
    check(c, "GET", "/__admin/refonte/state", send("GET", "/__admin/refonte/state", null), 200);
    check(c, "GET", "/__admin/refonte/stats", send("GET", "/__admin/refonte/stats", null), 200);
    check(c, "GET", "/__admin/refonte/requests", send("GET", "/__admin/refonte/requests?limit=3", null), 200);
    awaitCallbacks();
    check(c, "GET", "/__admin/refonte/callbacks", send("GET", "/__admin/refonte/callbacks", null), 200);
    check(c, "PUT", "/__admin/refonte/rate-limits", send("PUT", "/__admin/refonte/rate-limits", "{\"taskCreatePerSecond\":0}"), 200);
    check(c, "POST", "/__admin/refonte/reset", send("POST", "/__admin/refonte/reset", null), 200);
    check(c, "GET", "/__admin/refonte/tasks/{task_id}", send("GET", "/__admin/refonte/tasks/" + id, null), 404);
    check(c, "POST", "/__admin/clarifai/seed", send("POST", "/__admin/clarifai/seed",
        "{\"users\":[{\"id\":\"u1\"}],\"apps\":[{\"user_id\":\"u1\",\"id\":\"a1\"}],"
            + "\"keys\":[{\"token\":\"pat1\",\"type\":\"PAT\",\"user_id\":\"u1\"}]}"), 200);
    check(c, "GET", "/__admin/clarifai/state", send("GET", "/__admin/clarifai/state", null), 200);
    check(c, "PUT", "/__admin/clarifai/config", send("PUT", "/__admin/clarifai/config", "{\"http_status_overrides\":{\"11102\":404}}"), 200);
    check(c, "POST", "/__admin/clarifai/faults", send("POST", "/__admin/clarifai/faults",
        "{\"path_regex\":\"^/v2/nothing\",\"status_code\":11005,\"retry_after\":1}"), 200);
    check(c, "GET", "/__admin/clarifai/requests", send("GET", "/__admin/clarifai/requests", null), 200);
    check(c, "PUT", "/__admin/clarifai/config", send("PUT", "/__admin/clarifai/config", "{\"auth_mode\":\"nope\"}"), 400);
    check(c, "POST", "/__admin/clarifai/reset", send("POST", "/__admin/clarifai/reset", null), 200);
    check(c, "GET", "/__admin/clock", send("GET", "/__admin/clock", null), 200);
    check(c, "POST", "/__admin/clock", send("POST", "/__admin/clock", "{\"advance_seconds\":-1}"), 400);
    check(c, "GET", "/__admin/labelsdk/health", send("GET", "/__admin/labelsdk/health", null), 200);
    HttpResponse<byte[]> snapshot = send("GET", SnapshotHttpApi.PATH, null);
    check(c, "GET", SnapshotHttpApi.PATH, snapshot, 200);
    check(c, "POST", SnapshotHttpApi.PATH,
        send("POST", SnapshotHttpApi.PATH, new String(snapshot.body(), StandardCharsets.UTF_8)), 200);
    check(c, "POST", SnapshotHttpApi.PATH, send("POST", SnapshotHttpApi.PATH, "{\"format\":\"x\"}"), 400);
    check(c, "POST", "/__admin/shutdown", send("POST", "/__admin/shutdown", null), 403);
  }

  @Test
  void theSchemaCheckRejectsAnAnswerThatDoesNotMatch() {
    JsonNode refonte = DOCS.get("refonte.json");
    assertThat(schemaErrors(refonte, refonte.at("/components/schemas/Error"), "{\"status_code\":404}")).isNotEmpty();
    assertThat(schemaErrors(refonte, refonte.at("/components/schemas/Task"),
        "{\"task_id\":\"x\",\"status\":\"pending\"}")).isNotEmpty();
    JsonNode clarifai = DOCS.get("clarifai.json");
    assertThat(schemaErrors(clarifai, clarifai.at("/components/schemas/ListTasksResponse"),
        "{\"status\":{\"code\":10000,\"description\":\"Ok\",\"req_id\":\"0123456789abcdef0123456789abcdef\"},"
            + "\"tasks\":[{\"id\":\"t\"}]}")).isNotEmpty();
  }

  // ---- helpers ----

  private static void awaitCallbacks() {
    assertThat(server.refonte().awaitCallbacks(Duration.ofSeconds(10))).isTrue();
  }

  /** {@code "METHOD /path/template"} of every operation in a document. */
  private static List<String> documentedOperations(String doc) {
    List<String> out = new ArrayList<>();
    DOCS.get(doc).get("paths").properties().forEach(p -> p.getValue().properties().forEach(m -> {
      String method = m.getKey().toUpperCase(Locale.ROOT);
      if (METHODS.contains(method) || method.equals("OPTIONS") || method.equals("TRACE")) {
        out.add(method + " " + p.getKey());
      }
    }));
    return out;
  }

  private static String path(String operation) {
    return operation.substring(operation.indexOf(' ') + 1);
  }

  /** An operation with its parameter names erased: {@code GET /v1/task/{}}. */
  private static String shape(String operation) {
    return operation.replaceAll("\\{[^}]*}", "{}");
  }

  /** A concrete path for a template: dummy values, a real document name for the documents route. */
  private static String fill(String template) {
    return template.replace("{document}", "refonte.json").replaceAll("\\{[^}]*}", "dummy-1");
  }

  /**
   * Whether the server routes a request, judged by each part's unknown-route answer: Refonte
   * 404 {@code No such endpoint}, its control plane, the clock and the labelsdk routes 404
   * {@code No such control endpoint} or 405, Clarifai 11101 {@code no such path} or 11103, its
   * control plane 11101 {@code no such control endpoint} or 11103, shutdown 405. HEAD answers have no
   * body: there, 404 and 405 (and the Clarifai control plane's 400) mean unrouted.
   */
  private static boolean routed(String method, String path) {
    HttpResponse<byte[]> r = send(method, path, null);
    int status = r.statusCode();
    if (method.equals("HEAD")) {
      return status != 404 && status != 405
          && !(path.startsWith("/__admin/clarifai/") && status == 400); // 11103
    }
    JsonNode body = Json.tree(r.body());
    if (path.startsWith("/v2/")) {
      int code = body.at("/status/code").asInt();
      return !(code == 11101 && body.at("/status/details").asText().startsWith("no such path")) && code != 11103;
    }
    if (path.startsWith("/__admin/clarifai/")) {
      int code = body.at("/status/code").asInt();
      return !(code == 11101
          && body.at("/status/details").asText().startsWith("no such control endpoint"))
          && code != 11103;
    }
    if (status == 405) {
      return false;
    }
    return !(status == 404 && body.path("error").asText().startsWith("No such "));
  }

  /** Checks a real answer against the schema the document gives for its operation and status. */
  private static void check(String doc, String method, String template, HttpResponse<byte[]> r, int status) {
    assertThat(r.statusCode()).as("%s %s: %s", method, template, new String(r.body(), StandardCharsets.UTF_8))
        .isEqualTo(status);
    JsonNode root = DOCS.get(doc);
    JsonNode responses = root.path("paths").path(template).path(method.toLowerCase(Locale.ROOT)).path("responses");
    assertThat(responses.isObject()).as("%s %s is documented in %s", method, template, doc).isTrue();
    JsonNode response = responses.has(Integer.toString(status)) ? responses.get(Integer.toString(status)) : responses.get("default");
    assertThat(response).as("%s %s documents %d", method, template, status).isNotNull();
    if (response.has("$ref")) {
      response = root.at(response.get("$ref").asText().substring(1));
    }
    JsonNode schema = response.at("/content/application~1json/schema");
    assertThat(schema.isMissingNode()).as("%s %s %d has a JSON schema", method, template, status).isFalse();
    assertThat(schemaErrors(root, schema, new String(r.body(), StandardCharsets.UTF_8)))
        .as("%s %s %d: %s", method, template, status, new String(r.body(), StandardCharsets.UTF_8))
        .isEmpty();
  }

  /**
   * Validates {@code json} against {@code schema} (JSON Schema 2020-12, the dialect of OpenAPI
   * 3.1), its {@code $ref}s resolved in the whole document.
   */
  private static List<String> schemaErrors(JsonNode document, JsonNode schema, String json) {
    ObjectNode wrapper = document.deepCopy();
    wrapper.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    wrapper.putArray("allOf").add(schema);
    var validator = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Json.compact(wrapper), InputFormat.JSON);
    List<String> out = new ArrayList<>();
    validator.validate(json, InputFormat.JSON).forEach(e -> out.add(e.toString()));
    return out;
  }

  private static HttpResponse<byte[]> send(String method, String path, String json) {
    return send(method, path, json, null);
  }

  private static HttpResponse<byte[]> send(String method, String path, String json, String idempotencyKey) {
    String auth = path.startsWith("/v1/") ? "Basic " + Base64.getEncoder()
        .encodeToString((REFONTE_KEY + ":").getBytes(StandardCharsets.UTF_8))
        : path.startsWith("/v2/") ? "Key " + CLARIFAI_TOKEN : null;
    HttpRequest.Builder b = request(method, path, json, auth);
    if (idempotencyKey != null) {
      b.header("Idempotency-Key", idempotencyKey);
    }
    return exchange(b);
  }

  /** {@code POST /v1/files/upload} with a small multipart body. */
  private static HttpResponse<byte[]> upload() {
    String boundary = "openapi-boundary";
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\n"
        + "Content-Type: image/png\r\n\r\n"
        + "PNG\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"project_name\"\r\n\r\n"
        + "p1\r\n"
        + "--" + boundary + "--\r\n";
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/files/upload"))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((REFONTE_KEY + ":").getBytes(StandardCharsets.UTF_8)))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    return exchange(b);
  }

  private static HttpResponse<byte[]> sendAs(String authorization, String method, String path, String json) {
    return exchange(request(method, path, json, authorization));
  }

  private static HttpRequest.Builder request(String method, String path, String json, String authorization) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .timeout(Duration.ofSeconds(30))
        .method(method, json == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) {
      b.header("Content-Type", "application/json");
    }
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return b;
  }

  private static HttpResponse<byte[]> exchange(HttpRequest.Builder b) {
    try {
      return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
