package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Tasks of a snapshot are read from the token stream: any field order, every field required and checked. */
class SnapshotTaskReaderTest {

  private static final String TASK = "{\"id\":\"t1\",\"seq\":1,\"type\":\"imageannotation\",\"created_at\":1000,"
      + "\"instruction\":\"Draw\",\"params\":{\"attachment\":\"http://x/1\",\"ratio\":1.10,\"big\":1E+5},"
      + "\"callback_url\":null,\"project\":\"p\",\"batch\":null,\"project_param_version\":null,\"test_mode\":false,"
      + "\"updated_at\":2000,\"completed_at\":2000,\"status\":\"completed\",\"callback_completed\":true,"
      + "\"response\":{\"boxes\":[]},\"metadata\":{\"k\":\"\u00e9\"},\"audits\":[{\"audited_by\":\"a@x\","
      + "\"audited_at\":3000,\"audit_time_secs\":0,\"result\":\"rejected\",\"source\":\"customer\",\"comments\":null}],"
      + "\"tags\":[\"a\",\"b\"],\"unique_id\":\"u1\",\"clear_unique_id_on_error\":true,\"review_status\":\"pending\","
      + "\"times_redone\":2}";
  private static final String DOCUMENT = "{\"version\":1,\"sequence\":1,\"tenant_numbers\":1,"
      + "\"page_token_key\":\"AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=\",\"tenants\":[{\"name\":\"tenant-a\","
      + "\"number\":1,\"label\":\"A\",\"email\":\"a@x\",\"disabled_task_types\":[],\"tasks\":[" + TASK + "],"
      + "\"due_test_tasks\":[],\"batches\":[],\"projects\":[],\"team\":[],\"files\":[]}],"
      + "\"idempotency_records\":[],\"callbacks\":[]}";

  private final RefonteEngine engine = new RefonteEngine(RefonteConfig.builder().build(),
      new MockClock(InstantSource.fixed(Instant.parse("2026-03-01T10:00:00Z"))),
      (url, headers, body, timeout) -> CompletableFuture.completedFuture(200));

  @AfterEach
  void close() {
    engine.close();
  }

  @Test
  void aTaskComesBackByteForByteWhateverTheOrderOfItsFields() {
    engine.restore(Json.tree(DOCUMENT));
    assertThat(new String(engine.snapshot(), StandardCharsets.UTF_8)).isEqualTo(DOCUMENT);

    ObjectNode shuffled = Json.MAPPER.createObjectNode();
    List<String> names = new ArrayList<>();
    Json.tree(TASK).fieldNames().forEachRemaining(names::add);
    Collections.reverse(names);
    names.forEach(n -> shuffled.set(n, Json.tree(TASK).get(n)));
    shuffled.putObject("added_by_a_later_version").put("ignored", true);
    engine.restore(withTask(shuffled));
    assertThat(new String(engine.snapshot(), StandardCharsets.UTF_8)).isEqualTo(DOCUMENT);
  }

  @Test
  void aTaskLackingAFieldIsRefusedByNameAndChangesNothing() {
    engine.restore(Json.tree(DOCUMENT));
    byte[] before = engine.snapshot();
    Json.tree(TASK).fieldNames().forEachRemaining(field -> {
      ObjectNode task = (ObjectNode) Json.tree(TASK);
      task.remove(field);
      assertThatThrownBy(() -> engine.restore(withTask(task))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("lacks \"" + field + "\"");
    });
    assertThat(engine.snapshot()).isEqualTo(before);
  }

  @Test
  void wrongTypesAndValuesOutOfBoundsAreRefusedAndChangeNothing() {
    engine.restore(Json.tree(DOCUMENT));
    byte[] before = engine.snapshot();
    record Bad(String field, String value, String message) {}
    for (Bad bad : List.of(
        new Bad("seq", "\"1\"", "/tasks/0/seq\" must be an integer"),
        new Bad("test_mode", "\"no\"", "/tasks/0/test_mode\" must be true or false"),
        new Bad("tags", "[\"a\",1]", "/tasks/0/tags/1\" must be an array of strings"),
        new Bad("status", "\"exploded\"", "Unknown task status"),
        new Bad("id", "\"t\\ud800\"", "\"id\" is not valid Unicode"),
        new Bad("metadata", "{\"a\":{\"b\":[\"x\",\"\\udc00\"]}}", "\"metadata.a.b[1]\" is not valid Unicode"),
        new Bad("params", "{\"n\":1e1001}", "\"params.n\" is a number out of range"))) {
      ObjectNode task = (ObjectNode) Json.tree(TASK);
      String doc = Json.compact(withTask(task)).replace("\"" + bad.field() + "\":" + Json.compact(task.get(bad.field())),
          "\"" + bad.field() + "\":" + bad.value());
      assertThatThrownBy(() -> engine.restoring(Json.MAPPER.createParser(doc)))
          .as(bad.field()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad.message());
    }
    assertThat(engine.snapshot()).isEqualTo(before);
  }

  @Test
  void restoredTasksShareTheirRepeatedStrings() throws Exception {
    List<Task> tasks = read(List.of(TASK, TASK.replace("\"t1\"", "\"t2\"").replace("\"u1\"", "\"u2\"")));
    Task a = tasks.get(0);
    Task b = tasks.get(1);
    assertThat(b.type).isSameAs(a.type);
    assertThat(b.project).isSameAs(a.project);
    assertThat(b.instruction).isSameAs(a.instruction);
    assertThat(b.paramsJson).isSameAs(a.paramsJson);
    assertThat(b.metadataJson).isSameAs(a.metadataJson);
    assertThat(b.tags.get(1)).isSameAs(a.tags.get(1));
    assertThat(b.audits.get(0).auditedBy()).isSameAs(a.audits.get(0).auditedBy());
    assertThat(b.audits.get(0).result()).isSameAs(a.audits.get(0).result());
  }

  @Test
  void aFieldDistinctInEveryTaskFillsOnlyItsOwnBoundedTable() throws Exception {
    List<String> docs = new ArrayList<>();
    for (int i = 0; i < SnapshotTaskReader.TABLE_CAPACITY + 2; i++) {
      docs.add(TASK.replace("http://x/1", "http://x/" + i));
    }
    for (int i = 0; i < 2; i++) { // a project first seen once the params' table is full
      docs.add(TASK.replace("http://x/1", "http://y/" + i).replace("\"project\":\"p\"", "\"project\":\"late\""));
    }
    List<Task> tasks = read(docs);
    Task last = tasks.get(tasks.size() - 1);
    Task beforeLast = tasks.get(tasks.size() - 2);
    assertThat(last.project).isEqualTo("late").isSameAs(beforeLast.project);
    assertThat(last.paramsJson).isNotEqualTo(beforeLast.paramsJson);

    // Past its capacity a table keeps what it holds and hands back new strings as they are.
    StringTable table = new StringTable(2, 5);
    String p = table.share(new String("p"));
    table.share(new String("q"));
    String r = new String("r");
    assertThat(table.share(r)).isSameAs(r);
    assertThat(table.share(new String("r"))).isNotSameAs(r);
    assertThat(table.share(new String("p"))).isSameAs(p);
    String tooLong = new String("sixsix");
    table = new StringTable(2, 5);
    table.share(tooLong);
    assertThat(table.share(new String("sixsix"))).isNotSameAs(tooLong);
  }

  /** The tasks of a JSON array, read by one reader as a restore reads a tenant's tasks. */
  private static List<Task> read(List<String> taskDocuments) throws Exception {
    SnapshotTaskReader reader = new SnapshotTaskReader();
    List<Task> tasks = new ArrayList<>();
    try (JsonParser p = Json.MAPPER.createParser("[" + String.join(",", taskDocuments) + "]")) {
      p.nextToken();
      while (p.nextToken() == JsonToken.START_OBJECT) {
        tasks.add(reader.read(p));
      }
    }
    return tasks;
  }

  private static JsonNode withTask(JsonNode task) {
    ObjectNode doc = (ObjectNode) Json.tree(DOCUMENT);
    ((ObjectNode) doc.at("/tenants/0")).putArray("tasks").add(task);
    return doc;
  }
}
