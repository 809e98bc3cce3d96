package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.junit.LabelMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What tasks are built on (spec §1.2, §7.7, §8.7, §8.8): inputs, datasets, saved searches,
 * concepts, annotations and collaborators over HTTP, and the input sources they feed.
 */
class ClarifaiResourcesHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withClarifai(ClarifaiConfig.builder().rateLimitPerSecond(0).build());

  private static final String APP = "/v2/users/owner/apps/app1";

  private ClarifaiHttp owner;

  @BeforeEach
  void keys() {
    mock.clarifai().addApp("owner", "app1").addPat("pat-owner", "owner").addPat("pat-u1", "u1");
    owner = new ClarifaiHttp(mock.baseUrl(), "pat-owner");
  }

  @Test
  void inputsArePerItemWithTheirOwnStatuses() {
    owner.post(APP + "/datasets", "{\"datasets\":[{\"id\":\"ds1\"}]}");
    ClarifaiHttp.Response r = owner.post(APP + "/inputs", "{\"inputs\":["
        + "{\"id\":\"a\",\"data\":{\"image\":{\"url\":\"https://x/a.jpg\"},\"concepts\":[{\"id\":\"cat\"}],"
        + "\"metadata\":{\"camelKey\":1}},\"dataset_ids\":[\"ds1\"]},"
        + "{\"id\":\"a\",\"data\":{\"text\":{\"raw\":\"dup\"}}},"
        + "{\"data\":{\"metadata\":{}}},"
        + "{\"data\":{\"text\":{\"raw\":\"x\"}},\"datasetIds\":[\"nope\"]}]}");
    assertThat(r.status()).isEqualTo(207);
    assertThat(r.code()).isEqualTo(10010);
    assertThat(r.details()).startsWith("inputs[1]: ");
    JsonNode inputs = r.json().get("inputs");
    assertThat(inputs).extracting(i -> i.at("/status/code").asInt()).containsExactly(30000, 40010, 30104, 30104);
    assertThat(inputs.get(0).get("dataset_ids").toString()).isEqualTo("[\"ds1\"]");
    assertThat(inputs.get(0).at("/data/metadata").toString()).isEqualTo("{\"camelKey\":1}"); // Struct keys kept
    assertThat(inputs.get(3).at("/status/details").asText()).isEqualTo("dataset 'nope' not found");
    JsonNode label = owner.get(APP + "/annotations?input_ids=a").json().at("/annotations/0");
    assertThat(label.at("/data/concepts/0").toString()).isEqualTo("{\"id\":\"cat\",\"value\":1.0}");
    assertThat(label.at("/status/code").asInt()).isEqualTo(24150);
    assertThat(label.get("input_level").asBoolean()).isTrue();
    assertThat(owner.get(APP + "/concepts/cat").json().at("/concept/name").asText()).isEqualTo("cat");

    ClarifaiHttp.Response allFailed = owner.post(APP + "/inputs", "{\"inputs\":[{\"data\":{}}]}");
    assertThat(allFailed.status()).isEqualTo(400);
    assertThat(allFailed.code()).isEqualTo(10020);
    assertThat(owner.get(APP + "/inputs/a").json().at("/input/id").asText()).isEqualTo("a");
    ClarifaiHttp.Response missing = owner.get(APP + "/inputs/zz");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo(11101);
    assertThat(owner.get(APP + "/inputs?per_page=1").json().get("inputs")).hasSize(1);
    ClarifaiHttp.Response badDelete = owner.delete(APP + "/inputs", "{\"ids\":[\"a\",\"zz\"]}");
    assertThat(badDelete.status()).isEqualTo(404);
    assertThat(badDelete.code()).isEqualTo(30102);
    assertThat(owner.delete(APP + "/inputs/a", null).code()).isEqualTo(10000);
    assertThat(owner.get(APP + "/annotations?input_ids=a").json().get("annotations")).isEmpty();
  }

  @Test
  void datasetsAndDatasetInputsFeedDatasetTasks() {
    owner.post(APP + "/inputs", "{\"inputs\":[{\"id\":\"a\",\"data\":{\"text\":{\"raw\":\"a\"}}},"
        + "{\"id\":\"b\",\"data\":{\"text\":{\"raw\":\"b\"}}},{\"id\":\"c\",\"data\":{\"text\":{\"raw\":\"c\"}}}]}");
    JsonNode ds = owner.post(APP + "/datasets", "{\"datasets\":[{\"id\":\"ds1\",\"description\":\"first\"}]}")
        .json().at("/datasets/0");
    assertThat(ds.get("description").asText()).isEqualTo("first");
    assertThat(ds.get("app_id").asText()).isEqualTo("app1");
    assertThat(owner.post(APP + "/datasets", "{\"datasets\":[{\"id\":\"ds1\"}]}").code()).isEqualTo(40010);
    assertThat(owner.post(APP + "/datasets", "{\"datasets\":[{\"description\":\"no id\"}]}").code()).isEqualTo(11102);
    JsonNode added = owner.post(APP + "/datasets/ds1/inputs",
        "{\"dataset_inputs\":[{\"input\":{\"id\":\"c\"}},{\"input\":{\"id\":\"a\"}}]}").json();
    assertThat(added.get("dataset_inputs")).extracting(d -> d.at("/input/id").asText()).containsExactly("c", "a");
    assertThat(owner.post(APP + "/datasets/ds1/inputs", "{\"dataset_inputs\":[{\"input\":{\"id\":\"c\"}}]}").code())
        .isEqualTo(10000); // re-adding is a no-op
    assertThat(owner.post(APP + "/datasets/nope/inputs", "{\"dataset_inputs\":[{\"input\":{\"id\":\"a\"}}]}").code())
        .isEqualTo(11101);
    assertThat(owner.post(APP + "/datasets/ds1/inputs", "{\"dataset_inputs\":[{\"input\":{\"id\":\"zz\"}}]}").code())
        .isEqualTo(30102);
    assertThat(owner.get(APP + "/datasets/ds1/inputs").json().get("dataset_inputs"))
        .extracting(d -> d.at("/input/id").asText()).containsExactly("a", "c");
    assertThat(owner.get(APP + "/datasets").json().get("datasets")).hasSize(1);
    assertThat(owner.get(APP + "/datasets/ds1").json().at("/dataset/id").asText()).isEqualTo("ds1");
    assertThat(owner.get(APP + "/datasets/nope").status()).isEqualTo(404);

    JsonNode task = owner.post(APP + "/tasks", "{\"tasks\":[{\"input_source\":{\"type\":\"DATASET\",\"id\":\"ds1\"},"
        + "\"worker\":{\"user_ids\":[\"u1\"]}}]}").json().at("/tasks/0");
    JsonNode start = owner.as("pat-u1").put(APP + "/tasks/" + task.get("id").asText() + "/assignments",
        "{\"action\":\"LABEL_START\"}").json();
    assertThat(start.get("task_assignments")).extracting(a -> a.at("/input/id").asText()).containsExactly("a", "c");

    assertThat(owner.delete(APP + "/datasets/ds1/inputs", "{\"input_ids\":[\"a\",\"b\"]}").code()).isEqualTo(30102);
    assertThat(owner.delete(APP + "/datasets/ds1/inputs", "{\"input_ids\":[\"a\"]}").code()).isEqualTo(10000);
    assertThat(owner.get(APP + "/inputs/a").json().at("/input").has("dataset_ids")).isFalse();
  }

  @Test
  void savedSearchesStoreFiltersAndFeedSavedSearchTasks() {
    owner.post(APP + "/datasets", "{\"datasets\":[{\"id\":\"ds1\"}]}");
    owner.post(APP + "/inputs", "{\"inputs\":["
        + "{\"id\":\"a\",\"data\":{\"text\":{\"raw\":\"a\"},\"metadata\":{\"split\":\"train\"},\"concepts\":[{\"id\":\"cat\"}]}},"
        + "{\"id\":\"b\",\"data\":{\"text\":{\"raw\":\"b\"},\"metadata\":{\"split\":\"test\"},\"concepts\":[{\"id\":\"cat\",\"value\":0}]}},"
        + "{\"id\":\"c\",\"data\":{\"text\":{\"raw\":\"c\"},\"metadata\":{\"split\":\"train\"}},\"dataset_ids\":[\"ds1\"]}]}");
    assertThat(hits("[{\"input\":{\"data\":{\"metadata\":{\"split\":\"train\"}}}}]")).containsExactly("a", "c");
    assertThat(hits("[{\"annotation\":{\"data\":{\"concepts\":[{\"id\":\"cat\",\"value\":1}]}}}]")).containsExactly("a");
    assertThat(hits("[{\"annotation\":{\"data\":{\"concepts\":[{\"id\":\"cat\",\"value\":0}]}}}]")).containsExactly("b");
    assertThat(hits("[{\"input\":{\"dataset_ids\":[\"ds1\"]},\"negate\":true}]")).containsExactly("a", "b");
    assertThat(hits("[{\"input\":{\"id\":\"b\"}},{\"input\":{\"data\":{\"metadata\":{\"split\":\"test\"}}}}]"))
        .containsExactly("b");

    ClarifaiHttp.Response saved = owner.post(APP + "/searches", "{\"searches\":[{\"id\":\"train\",\"save\":true,"
        + "\"query\":{\"filters\":[{\"input\":{\"data\":{\"metadata\":{\"split\":\"train\"}}}}]}}]}");
    assertThat(saved.json().at("/searches/0/id").asText()).isEqualTo("train");
    assertThat(saved.json().at("/hits/0/score").asDouble()).isEqualTo(1.0);
    assertThat(owner.get(APP + "/searches/train").json().at("/search/save").asBoolean()).isTrue();
    assertThat(owner.get(APP + "/searches").json().get("searches")).hasSize(1);
    assertThat(owner.get(APP + "/searches/nope").code()).isEqualTo(11101);
    ClarifaiHttp.Response legacy = owner.post(APP + "/searches", "{\"searches\":[{\"query\":{\"ands\":[]}}]}");
    assertThat(legacy.code()).isEqualTo(11102);
    assertThat(legacy.details()).contains("unsupported query");

    String task = owner.post(APP + "/tasks", "{\"tasks\":[{\"input_source\":{\"type\":\"SAVED_SEARCH\",\"id\":\"train\"},"
        + "\"worker\":{\"user_ids\":[\"u1\"]}}]}").json().at("/tasks/0/id").asText();
    owner.post(APP + "/inputs", "{\"inputs\":[{\"id\":\"d\",\"data\":{\"text\":{\"raw\":\"d\"},\"metadata\":{\"split\":\"train\"}}}]}");
    assertThat(owner.get(APP + "/tasks/" + task + "?additional_fields=all").json()
        .at("/task/metrics/input_source/inputs_count_estimated").asText()).isEqualTo("2"); // a snapshot
  }

  @Test
  void conceptsArePerItem() {
    ClarifaiHttp.Response r = owner.post(APP + "/concepts", "{\"concepts\":[{\"id\":\"water\",\"name\":\"Water\"},"
        + "{\"id\":\"water\"},{\"name\":\"no id\"}]}");
    assertThat(r.code()).isEqualTo(10010);
    assertThat(r.json().get("concepts")).extracting(c -> c.path("status").path("code").asInt(0))
        .containsExactly(0, 40010, 11102);
    assertThat(r.json().at("/concepts/0").toString()).contains("\"name\":\"Water\",\"value\":1.0");
    assertThat(owner.get(APP + "/concepts").json().get("concepts")).hasSize(1);
    assertThat(owner.get(APP + "/concepts/nope").status()).isEqualTo(404);
  }

  @Test
  void annotationsArePerItemListFilteredPatchedAndDeleted() {
    owner.post(APP + "/inputs", "{\"inputs\":[{\"id\":\"a\",\"data\":{\"text\":{\"raw\":\"a\"}}},"
        + "{\"id\":\"b\",\"data\":{\"text\":{\"raw\":\"b\"}}}]}");
    JsonNode posted = owner.post(APP + "/annotations", "{\"annotations\":["
        + "{\"id\":\"an1\",\"input_id\":\"a\",\"data\":{\"concepts\":[{\"id\":\"cat\",\"value\":1}],\"metadata\":{\"k\":1,\"x\":2}}},"
        + "{\"id\":\"an2\",\"input_id\":\"b\",\"status\":{\"code\":\"ANNOTATION_PENDING\"},\"data\":{\"regions\":["
        + "{\"id\":\"r1\",\"region_info\":{\"bounding_box\":{\"top_row\":0.1,\"left_col\":0.1,\"bottom_row\":0.5,\"right_col\":0.5}},"
        + "\"data\":{\"concepts\":[{\"id\":\"dog\"}]}}]}},"
        + "{\"input_id\":\"zz\"}]}").json();
    assertThat(posted.get("annotations")).extracting(a -> a.at("/status/code").asInt()).containsExactly(24150, 24151, 30102);
    assertThat(posted.at("/annotations/1/data/regions/0/region_info/bounding_box").toString())
        .isEqualTo("{\"top_row\":0.1,\"left_col\":0.1,\"bottom_row\":0.5,\"right_col\":0.5}");
    assertThat(posted.at("/annotations/1").has("input_level")).isFalse();
    assertThat(posted.at("/annotations/0/worker/user/id").asText()).isEqualTo("owner");

    assertThat(listIds("")).containsExactly("an2", "an1");
    assertThat(listIds("?statuses.code=ANNOTATION_SUCCESS")).containsExactly("an1");
    assertThat(listIds("?statuses.code=24151&statuses.code=24150&input_ids=a")).containsExactly("an1");
    assertThat(listIds("?ids=an1,an2&user_ids=owner")).containsExactly("an2", "an1");
    assertThat(listIds("?user_ids=u1")).isEmpty();
    assertThat(owner.get(APP + "/inputs/b/annotations/an2").json().at("/annotation/id").asText()).isEqualTo("an2");
    assertThat(owner.get(APP + "/inputs/a/annotations/an2").code()).isEqualTo(11101);

    JsonNode merged = patch("merge", "{\"id\":\"an1\",\"data\":{\"concepts\":[{\"id\":\"cat\",\"value\":0},"
        + "{\"id\":\"dog\"}],\"metadata\":{\"x\":3}}}").at("/annotations/0/data");
    assertThat(merged.toString()).isEqualTo("{\"concepts\":[{\"id\":\"cat\",\"value\":0.0},{\"id\":\"dog\",\"value\":1.0}],"
        + "\"metadata\":{\"k\":1,\"x\":3}}");
    JsonNode removed = patch("remove", "{\"id\":\"an1\",\"data\":{\"concepts\":[{\"id\":\"cat\"}],\"metadata\":{\"k\":0}}}")
        .at("/annotations/0/data");
    assertThat(removed.toString()).isEqualTo("{\"concepts\":[{\"id\":\"dog\",\"value\":1.0}],\"metadata\":{\"x\":3}}");
    JsonNode regions = patch("merge", "{\"id\":\"an2\",\"data\":{\"regions\":[{\"region_info\":{\"bounding_box\":"
        + "{\"top_row\":0.6,\"left_col\":0.6,\"bottom_row\":0.9,\"right_col\":0.9}}}]}}").at("/annotations/0/data/regions");
    assertThat(regions).hasSize(2);
    assertThat(regions.get(1).get("id").asText()).matches("[0-9a-f]{32}");
    JsonNode overwritten = patch("overwrite", "{\"id\":\"an2\",\"status\":{\"code\":24150},\"data\":{\"concepts\":[{\"id\":\"x\"}]}}")
        .at("/annotations/0");
    assertThat(overwritten.get("data").toString()).isEqualTo("{\"concepts\":[{\"id\":\"x\",\"value\":1.0}]}");
    assertThat(overwritten.at("/status/code").asInt()).isEqualTo(24150);
    ClarifaiHttp.Response mixed = owner.patch(APP + "/annotations", "{\"action\":\"merge\",\"annotations\":[{\"id\":\"nope\"}]}");
    assertThat(mixed.code()).isEqualTo(10020);
    assertThat(mixed.json().at("/annotations/0/status/code").asInt()).isEqualTo(11101);
    assertThat(owner.patch(APP + "/annotations", "{\"action\":\"replace\",\"annotations\":[{\"id\":\"an1\"}]}").code())
        .isEqualTo(11102);
    ClarifaiHttp.Response notTheirs = owner.as("pat-u1").patch(APP + "/annotations",
        "{\"action\":\"merge\",\"annotations\":[{\"id\":\"an1\",\"data\":{}}]}");
    assertThat(notTheirs.json().at("/annotations/0/status/code").asInt()).isEqualTo(24156);

    assertThat(owner.delete(APP + "/annotations", "{\"ids\":[\"an1\",\"nope\"]}").code()).isEqualTo(11101);
    assertThat(owner.as("pat-u1").delete(APP + "/annotations", "{\"ids\":[\"an1\"]}").code()).isEqualTo(24156);
    assertThat(owner.delete(APP + "/annotations", "{\"input_ids\":[\"b\"]}").code()).isEqualTo(10000);
    assertThat(listIds("")).containsExactly("an1");
    assertThat(owner.delete(APP + "/annotations", "{\"ids\":[\"an1\"],\"input_ids\":[\"a\"]}").code()).isEqualTo(10000);
    assertThat(listIds("")).isEmpty();
  }

  @Test
  void onlyTheOwnersAnnotationsAreListedByDefault() {
    mock.clarifai().addInput("owner", "app1", "a", Map.of("text", Map.of("raw", "a")));
    owner.as("pat-u1").post(APP + "/annotations", "{\"annotations\":[{\"id\":\"by-u1\",\"input_id\":\"a\"}]}");
    assertThat(listIds("")).isEmpty();
    assertThat(listIds("?list_all_annotations=true")).containsExactly("by-u1");
    assertThat(listIds("?user_ids=u1")).containsExactly("by-u1");
  }

  @Test
  void collaboratorsAreManagedByTheOwnerOnTheLongPathOnly() {
    JsonNode added = owner.post(APP + "/collaborators", "{\"collaborators\":[{\"user\":{\"id\":\"u1\"}}]}").json();
    assertThat(added.at("/collaborators/0").toString()).startsWith("{\"id\":\"u1\",\"user\":{\"id\":\"u1\"},"
        + "\"app\":{\"id\":\"app1\",\"user_id\":\"owner\"}");
    assertThat(owner.get(APP + "/collaborators").json().get("collaborators")).hasSize(1);
    ClarifaiHttp.Response notOwner = owner.as("pat-u1").post(APP + "/collaborators",
        "{\"collaborators\":[{\"user\":{\"id\":\"u2\"}}]}");
    assertThat(notOwner.status()).isEqualTo(403);
    assertThat(notOwner.code()).isEqualTo(11007);
    assertThat(owner.get("/v2/collaborators?user_app_id.app_id=app1").status()).isEqualTo(404);
    assertThat(owner.delete(APP + "/collaborators", "{\"collaborator_ids\":[\"u9\"]}").code()).isEqualTo(11101);
    assertThat(owner.delete(APP + "/collaborators", "{\"collaborator_ids\":[\"u1\"]}").code()).isEqualTo(10000);
    assertThat(owner.get(APP + "/collaborators").json().get("collaborators")).isEmpty();
  }

  @Test
  void appsNeverShareData() {
    owner.post(APP + "/inputs", "{\"inputs\":[{\"id\":\"a\",\"data\":{\"text\":{\"raw\":\"a\"}}}]}");
    String task = owner.post(APP + "/tasks", "{\"tasks\":[{}]}").json().at("/tasks/0/id").asText();
    assertThat(owner.get("/v2/users/owner/apps/app2/inputs/a").code()).isEqualTo(11101);
    assertThat(owner.get("/v2/users/owner/apps/app2/tasks/" + task).code()).isEqualTo(54102);
    assertThat(owner.get("/v2/users/owner/apps/app2/tasks").json().get("tasks")).isEmpty();
  }

  private List<String> hits(String filters) {
    List<String> out = new ArrayList<>();
    owner.post(APP + "/searches", "{\"searches\":[{\"query\":{\"filters\":" + filters + "}}]}").json()
        .get("hits").forEach(h -> out.add(h.at("/input/id").asText()));
    return out;
  }

  private List<String> listIds(String query) {
    List<String> out = new ArrayList<>();
    owner.get(APP + "/annotations" + query).json().get("annotations").forEach(a -> out.add(a.get("id").asText()));
    return out;
  }

  private JsonNode patch(String action, String annotation) {
    ClarifaiHttp.Response r = owner.patch(APP + "/annotations",
        "{\"action\":\"" + action + "\",\"annotations\":[" + annotation + "]}");
    assertThat(r.code()).as(r.text()).isEqualTo(10000);
    return r.json();
  }
}
