package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Timestamps;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.refonte.RateLimit;
import dev.labelsdk.mock.refonte.RefonteConfig;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /v1/tasks}: filters, order, totals and token paging (spec §4.4, §9.2). */
class RefonteListHttpTest {

  @RegisterExtension
  static LabelMockExtension mock =
      LabelMockExtension.withRefonte(RefonteConfig.builder().rateLimit(RateLimit.UNLIMITED).build());

  private Http live;

  @BeforeEach
  void client() {
    live = new Http(mock.refonteBaseUrl(), "live_lister");
  }

  private String create(String type, String extra) {
    String body = type.equals("categorization")
        ? "{\"attachment\":\"http://x/a.png\",\"categories\":[\"c\"]" + extra + "}"
        : "{\"attachment\":\"http://x/a.png\"" + extra + "}";
    Http.Response r = live.post("/task/" + type, body);
    assertThat(r.status()).as(r.text()).isEqualTo(200);
    return r.json().get("task_id").asText();
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("docs").forEach(d -> ids.add(d.get("task_id").asText()));
    return ids;
  }

  @Test
  void listsNewestFirstWithTheFiveKeysPythonNeeds() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      created.add(create("imageannotation", ""));
    }

    JsonNode page = live.get("/tasks?limit=3").json();

    assertThat(ids(page)).containsExactly(created.get(4), created.get(3), created.get(2));
    assertThat(page.get("total").asInt()).isEqualTo(5);
    assertThat(page.get("limit").asInt()).isEqualTo(3);
    assertThat(page.get("offset").asInt()).isZero();
    assertThat(page.get("has_more").asBoolean()).isTrue();
    assertThat(page.get("next_token").asText()).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void tokenPagingVisitsEveryTaskOnceAndIgnoresTasksCreatedMeanwhile() {
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 23; i++) {
      created.add(create("imageannotation", ""));
    }
    List<String> seen = new ArrayList<>();
    String token = null;
    int pages = 0;
    do {
      JsonNode page = live.get("/tasks?limit=10" + (token == null ? "" : "&next_token=" + token)).json();
      // total is recomputed on every page: it counts the task created after page 1
      assertThat(page.get("total").asInt()).isEqualTo(pages == 0 ? 23 : 24);
      assertThat(page.get("offset").asInt()).isEqualTo(seen.size());
      seen.addAll(ids(page));
      token = page.get("has_more").asBoolean() ? page.get("next_token").asText() : null;
      if (!page.get("has_more").asBoolean()) {
        assertThat(page.get("next_token").isNull()).isTrue();
      }
      if (pages++ == 0) {
        create("imageannotation", ""); // newer: ranks before the cursor, must not appear
      }
    } while (token != null);

    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(23).doesNotHaveDuplicates();
    assertThat(new HashSet<>(seen)).isEqualTo(created);
  }

  @Test
  void filtersCombineWithAndAndTotalIsTheFilteredCount() {
    live.post("/projects", "{\"type\":\"imageannotation\",\"name\":\"kittens\"}");
    live.post("/batches", "{\"project\":\"kittens\",\"name\":\"k-1\"}");
    String a = create("imageannotation", ",\"batch\":\"k-1\",\"tags\":[\"red\"]");
    String b = create("imageannotation", ",\"project\":\"kittens\",\"tags\":[\"blue\",\"red\"]");
    String c = create("categorization", ",\"project\":\"kittens\",\"unique_id\":\"cat-1\"");
    String d = create("imageannotation", ",\"project\":\"dogs\",\"tags\":[\"blue\"]");
    mock.refonte().complete(b);
    mock.refonte().complete(c);
    live.post("/task/" + c + "/audit", "{\"accepted\":false}");

    assertThat(ids(live.get("/tasks?project=kittens").json())).containsExactly(c, b, a);
    assertThat(ids(live.get("/tasks?project=kittens&status=completed").json())).containsExactly(c, b);
    assertThat(live.get("/tasks?project=kittens&status=completed&limit=1").json().get("total").asInt()).isEqualTo(2);
    assertThat(ids(live.get("/tasks?batch=k-1").json())).containsExactly(a);
    assertThat(ids(live.get("/tasks?type=categorization").json())).containsExactly(c);
    assertThat(ids(live.get("/tasks?tags=red").json())).containsExactly(b, a);
    assertThat(ids(live.get("/tasks?tags=red&tags=blue").json())).containsExactly(d, b, a);
    assertThat(ids(live.get("/tasks?tags=blue&project=dogs").json())).containsExactly(d);
    assertThat(ids(live.get("/tasks?unique_id=cat-1&unique_id=nope").json())).containsExactly(c);
    assertThat(ids(live.get("/tasks?customer_review_status=accepted,rejected").json())).containsExactly(c);
    assertThat(ids(live.get("/tasks?customer_review_status=accepted").json())).isEmpty();
    assertThat(ids(live.get("/tasks?status=pending").json())).containsExactly(d, a);
    assertThat(live.get("/tasks?project=nobody").json().get("total").asInt()).isZero();
    assertThat(ids(live.get("/tasks?status=&project=").json())).hasSize(4); // empty = absent
  }

  @Test
  void timeFiltersAcceptEveryFormatOfTheSpec() {
    String early = create("imageannotation", "");
    long between = mock.server().clock().millis();
    mock.server().advanceClock(Duration.ofSeconds(10));
    String late = create("imageannotation", "");

    String cut = Timestamps.format(between + 5_000); // 5 s after the first create
    assertThat(ids(live.get("/tasks?start_time=" + cut).json())).containsExactly(late);
    assertThat(ids(live.get("/tasks?end_time=" + cut).json())).containsExactly(early);
    String naive = cut.substring(0, cut.length() - 1) + "123"; // 6 fractional digits, no zone
    assertThat(ids(live.get("/tasks?start_time=" + naive).json())).containsExactly(late);
    String spaced = URLEncoder.encode(naive.replace('T', ' '), StandardCharsets.UTF_8);
    assertThat(ids(live.get("/tasks?start_time=" + spaced).json())).containsExactly(late);
    // "+00:00" sent unencoded in a query arrives as " 00:00"
    String lostPlus = cut.substring(0, 19) + "+00:00";
    assertThat(ids(live.get("/tasks?start_time=" + lostPlus).json())).containsExactly(late);
    String date = cut.substring(0, 10);
    assertThat(ids(live.get("/tasks?start_time=" + date).json())).contains(early, late);
    String future = Timestamps.format(mock.server().clock().millis() + 60_000);
    assertThat(live.get("/tasks?start_time=" + future).json().get("total").asInt()).isZero();
  }

  @Test
  void completedAndUpdatedFiltersUseTheirOwnTimestamps() {
    String done = create("imageannotation", "");
    String open = create("imageannotation", "");
    long before = mock.server().clock().millis();
    mock.server().advanceClock(Duration.ofSeconds(3));
    mock.refonte().complete(done);
    String t = Timestamps.format(before);

    assertThat(ids(live.get("/tasks?completed_after=" + t).json())).containsExactly(done);
    assertThat(ids(live.get("/tasks?completed_before=" + t).json())).isEmpty();
    assertThat(ids(live.get("/tasks?updated_after=" + t).json())).containsExactly(done);
    assertThat(ids(live.get("/tasks?updated_before=" + Timestamps.format(before + 1)).json())).containsExactly(open);
  }

  @Test
  void limitedResponseKeepsOnlyTheSummaryFields() {
    create("imageannotation", ",\"project\":\"p\",\"metadata\":{\"k\":1}");
    JsonNode doc = live.get("/tasks?limited_response=true&include_attachment_url=false").json().get("docs").get(0);
    List<String> keys = new ArrayList<>();
    doc.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("task_id", "status", "metadata", "project");
  }

  @Test
  void offsetSkipsMatchesWhenNoTokenIsGiven() {
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      created.add(create("imageannotation", ""));
    }
    JsonNode page = live.get("/tasks?offset=1&limit=2").json();
    assertThat(ids(page)).containsExactly(created.get(2), created.get(1));
    assertThat(page.get("offset").asInt()).isEqualTo(1);
    assertThat(page.get("has_more").asBoolean()).isTrue();
  }

  @Test
  void badLimitsTokensTimesAndEnumsAre400() {
    create("imageannotation", "");
    for (String query : List.of("limit=0", "limit=101", "limit=abc", "limit=1.5", "limit=-1",
        "next_token=garbage", "next_token=AAAA", "start_time=yesterday", "end_time=2021-13-01",
        "status=done", "type=nonsense", "customer_review_status=accepted,maybe",
        "limited_response=yes", "offset=x")) {
      Http.Response r = live.get("/tasks?" + query);
      assertThat(r.status()).as(query).isEqualTo(400);
      assertThat(r.json().get("status_code").asInt()).as(query).isEqualTo(400);
    }
  }

  @Test
  void aTokenOfAnotherTenantOrATamperedOneIsRefused() {
    for (int i = 0; i < 3; i++) {
      create("imageannotation", "");
    }
    String token = live.get("/tasks?limit=1").json().get("next_token").asText();
    new Http(mock.refonteBaseUrl(), "live_other").post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}");

    assertThat(live.as("live_other").get("/tasks?next_token=" + token).status()).isEqualTo(400);
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(live.get("/tasks?next_token=" + tampered).error()).isEqualTo("Invalid next_token.");
    assertThat(live.get("/tasks?next_token=" + token).status()).isEqualTo(200);
  }

  @Test
  void testKeyListsSeeTasksCompletedAndCountTheThreeNewest() {
    Http test = live.as("test_lister");
    for (int i = 0; i < 4; i++) {
      test.post("/task/imageannotation", "{\"attachment\":\"http://x/a\"}");
    }
    JsonNode page = test.get("/tasks?limit=3&status=completed").json();
    assertThat(page.get("docs")).hasSize(3);
    assertThat(page.get("total").asInt()).isEqualTo(4);
  }
}
