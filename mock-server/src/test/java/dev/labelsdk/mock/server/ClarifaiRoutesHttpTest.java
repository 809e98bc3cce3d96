package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every route of spec §1 in both bindings: the short form ({@code /v2/...}, the app from the
 * wildcard key) and the long form ({@code /v2/users/{user_id}/apps/{app_id}/...}). Routes
 * without a short form answer 11103 (PUT assignments) or 11101 on it.
 */
class ClarifaiRoutesHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/v2, /v2/users/mock-user/apps/mock-app, true", "/v2/users/me/apps/other, /v2/users/me/apps/other, false"})
  void everyRouteAnswersInThisBinding(String base, String longForm, boolean shortForm) {
    ClarifaiHttp h = new ClarifaiHttp(mock.baseUrl(), "route_walker");
    Map<String, ClarifaiHttp.Response> calls = new LinkedHashMap<>();
    calls.put("PostDatasets", h.post(base + "/datasets", "{\"datasets\":[{\"id\":\"ds1\"}]}"));
    calls.put("ListDatasets", h.get(base + "/datasets"));
    calls.put("GetDataset", h.get(base + "/datasets/ds1"));
    calls.put("PostInputs", h.post(base + "/inputs", "{\"inputs\":[{\"id\":\"in1\",\"data\":{\"text\":{\"raw\":\"1\"}},"
        + "\"dataset_ids\":[\"ds1\"]},{\"id\":\"in2\",\"data\":{\"text\":{\"raw\":\"2\"}}}]}"));
    calls.put("ListInputs", h.get(base + "/inputs"));
    calls.put("GetInput", h.get(base + "/inputs/in1"));
    calls.put("PostDatasetInputs", h.post(base + "/datasets/ds1/inputs", "{\"dataset_inputs\":[{\"input\":{\"id\":\"in2\"}}]}"));
    calls.put("ListDatasetInputs", h.get(base + "/datasets/ds1/inputs"));
    calls.put("DeleteDatasetInputs", h.delete(base + "/datasets/ds1/inputs", "{\"input_ids\":[\"in2\"]}"));
    calls.put("PostConcepts", h.post(base + "/concepts", "{\"concepts\":[{\"id\":\"c1\"}]}"));
    calls.put("ListConcepts", h.get(base + "/concepts"));
    calls.put("GetConcept", h.get(base + "/concepts/c1"));
    calls.put("PostSearches", h.post(base + "/searches", "{\"searches\":[{\"id\":\"s1\",\"save\":true,\"query\":{}}]}"));
    calls.put("ListSearches", h.get(base + "/searches"));
    calls.put("GetSearch", h.get(base + "/searches/s1"));
    ClarifaiHttp.Response created = h.post(base + "/tasks", "{\"tasks\":[{\"worker\":{\"user_ids\":[\"me\"]},"
        + "\"review\":{\"strategy\":\"MANUAL\",\"user_ids\":[\"me\"]}}]}");
    calls.put("PostTasks", created);
    String task = created.json().at("/tasks/0/id").asText();
    calls.put("ListTasks", h.get(base + "/tasks"));
    calls.put("GetTask", h.get(base + "/tasks/" + task));
    calls.put("ListNextTaskAssignments", h.get(base + "/tasks/" + task + "/assignments"));
    calls.put("PutTaskAssignments", h.put(longForm + "/tasks/" + task + "/assignments", "{\"action\":\"LABEL_START\"}"));
    ClarifaiHttp.Response annotated = h.post(base + "/annotations", "{\"annotations\":[{\"id\":\"a1\",\"input_id\":\"in1\","
        + "\"task_id\":\"" + task + "\",\"data\":{\"concepts\":[{\"id\":\"c1\"}]}}]}");
    calls.put("PostAnnotations", annotated);
    calls.put("ListAnnotations", h.get(base + "/annotations?task_id=" + task));
    calls.put("GetAnnotation", h.get(base + "/inputs/in1/annotations/a1"));
    calls.put("PatchAnnotations", h.patch(base + "/annotations",
        "{\"action\":\"merge\",\"annotations\":[{\"id\":\"a1\",\"status\":{\"code\":\"ANNOTATION_SUCCESS\"}}]}"));
    calls.put("GetTaskAnnotationCount", h.get(base + "/tasks/" + task + "/annotations/count"));
    calls.put("GetTaskInputCount", h.get(base + "/tasks/" + task + "/inputs/count"));
    calls.put("PatchAnnotationsStatus", h.patch(longForm + "/task/" + task + "/annotations/status",
        "{\"status_code\":\"ANNOTATION_PENDING\",\"user_ids\":[\"me\"],\"status_codes\":[24150]}"));
    calls.put("PatchTasks", h.patch(base + "/tasks",
        "{\"action\":\"merge\",\"tasks\":[{\"id\":\"" + task + "\",\"status\":{\"code\":\"TASK_DONE\"}}]}"));
    calls.put("DeleteAnnotations", h.delete(base + "/annotations", "{\"ids\":[\"a1\"]}"));
    calls.put("PostCollaborators", h.post(longForm + "/collaborators", "{\"collaborators\":[{\"user\":{\"id\":\"u1\"}}]}"));
    calls.put("ListCollaborators", h.get(longForm + "/collaborators"));
    calls.put("DeleteCollaborators", h.delete(longForm + "/collaborators", "{\"collaborator_ids\":[\"u1\"]}"));
    calls.put("DeleteInput", h.delete(base + "/inputs/in2", null));
    calls.put("DeleteInputs", h.delete(base + "/inputs", "{\"ids\":[\"in1\"]}"));
    calls.put("DeleteTasks", h.delete(base + "/tasks", "{\"ids\":[\"" + task + "\"]}"));

    calls.forEach((rpc, r) -> {
      assertThat(r.code()).as(rpc + ": " + r.text()).isEqualTo(10000);
      assertThat(r.status()).as(rpc).isEqualTo(200);
    });
    assertThat(annotated.json().at("/annotations/0/status/code").asInt()).isEqualTo(24157); // MANUAL review
    assertThat(calls.get("PatchAnnotationsStatus").json().get("updated_count").asInt()).isEqualTo(1);
    assertThat(calls.get("ListNextTaskAssignments").json().get("inputs")).hasSize(2);

    if (shortForm) {
      ClarifaiHttp.Response put = h.put("/v2/tasks/" + task + "/assignments", "{\"action\":\"LABEL_START\"}");
      assertThat(put.status()).isEqualTo(400);
      assertThat(put.code()).isEqualTo(11103);
      assertThat(put.json().has("task_assignments")).isFalse(); // no route: no list field
      assertThat(h.get("/v2/collaborators").code()).isEqualTo(11101);
      assertThat(h.patch("/v2/task/" + task + "/annotations/status", "{}").code()).isEqualTo(11101);
    }
  }
}
