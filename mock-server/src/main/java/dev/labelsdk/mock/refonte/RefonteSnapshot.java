package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.JsonBounds;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * All Refonte state as one JSON document, and back: tenants with their tasks, batches,
 * projects, team and files, saved Idempotency-Key outcomes, scheduled callback deliveries, and
 * the counters that keep ids, sequence numbers and page tokens valid. Times are epoch millis
 * on the mock clock. Written in a fixed order, so restoring a document and writing it again
 * gives the same bytes.
 *
 * <p>Not included: the rate limit's buckets and a value set at run time (configuration), the
 * journals, callback attempts already made and any attempt in flight, and requests in
 * progress.
 */
final class RefonteSnapshot {

  static final int VERSION = 1;

  private RefonteSnapshot() {}

  /** The parts of the engine a snapshot holds, as restored, ready to be installed at once. */
  record Contents(
      long sequence, int tenantNumbers, byte[] pageTokenKey, Map<String, TenantState> tenants,
      List<IdempotencyStore.Entry> idempotency, List<CallbackDispatcher.Pending> callbacks,
      long latestTime) {}

  // ---- writing ----

  static void write(JsonGenerator g, Contents c) throws IOException {
    g.writeStartObject();
    g.writeNumberField("version", VERSION);
    g.writeNumberField("sequence", c.sequence());
    g.writeNumberField("tenant_numbers", c.tenantNumbers());
    g.writeBinaryField("page_token_key", c.pageTokenKey());
    g.writeArrayFieldStart("tenants");
    for (TenantState s : new TreeMap<>(c.tenants()).values()) {
      RefonteEngine.read(s, () -> {
        try {
          writeTenant(g, s);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        return null;
      });
    }
    g.writeEndArray();
    g.writeArrayFieldStart("idempotency_records");
    for (IdempotencyStore.Entry e : c.idempotency()) {
      g.writeStartObject();
      g.writeStringField("key", e.key());
      g.writeStringField("tenant", e.tenant());
      g.writeStringField("fingerprint", e.fingerprint());
      g.writeNumberField("status", e.status());
      g.writeBinaryField("body", e.body());
      g.writeNumberField("saved_at", e.savedAt());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("callbacks");
    for (CallbackDispatcher.Pending p : c.callbacks()) {
      g.writeStartObject();
      g.writeStringField("tenant", p.tenant());
      g.writeStringField("task_id", p.taskId());
      g.writeStringField("url", p.url().toString());
      g.writeStringField("event", p.event());
      g.writeBinaryField("payload", p.payload());
      g.writeStringField("auth_key", p.authKey());
      g.writeNumberField("attempt", p.attempt());
      g.writeNumberField("due_at", p.dueAt());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeTenant(JsonGenerator g, TenantState s) throws IOException {
    Tenant t = s.tenant;
    g.writeStartObject();
    g.writeStringField("name", t.name());
    g.writeNumberField("number", t.number());
    g.writeStringField("label", t.label());
    g.writeStringField("email", t.email());
    g.writeArrayFieldStart("disabled_task_types");
    for (String type : t.disabledTaskTypes().stream().sorted().toList()) {
      g.writeString(type);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("tasks");
    List<Task> tasks = new ArrayList<>();
    s.tasks.all().forEach(tasks::add);
    tasks.sort(Comparator.comparingLong(task -> task.seq));
    for (Task task : tasks) {
      writeTask(g, task);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("due_test_tasks");
    for (Task task : s.dueTestTasks) {
      g.writeString(task.id);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("batches");
    for (Batch b : s.batches.values()) {
      g.writeStartObject();
      g.writeStringField("name", b.name);
      g.writeStringField("project", b.project);
      g.writeStringField("callback", b.callback);
      g.writeBooleanField("calibration_batch", b.calibrationBatch);
      g.writeBooleanField("self_label_batch", b.selfLabelBatch);
      g.writeNumberField("created_at", b.createdAt);
      g.writeNumberField("seq", b.seq);
      g.writeStringField("status", b.status.wire());
      g.writeFieldName("metadata");
      g.writeRawValue(b.metadataJson);
      g.writeNumberField("updated_at", b.updatedAt);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("projects");
    for (Project p : s.projects.values()) {
      g.writeStartObject();
      g.writeStringField("name", p.name);
      g.writeStringField("type", p.type);
      g.writeNumberField("created_at", p.createdAt);
      g.writeBooleanField("rapid", p.rapid);
      g.writeBooleanField("studio", p.studio);
      g.writeArrayFieldStart("param_history");
      for (ObjectNode entry : p.paramHistory) {
        g.writeTree(entry);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("team");
    for (TenantState.Member m : s.team.values()) {
      g.writeStartObject();
      g.writeStringField("email", m.email());
      g.writeStringField("role", m.role());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("files");
    for (Map<String, Object> file : s.files) {
      g.writeObject(file);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeTask(JsonGenerator g, Task t) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", t.id);
    g.writeNumberField("seq", t.seq);
    g.writeStringField("type", t.type);
    g.writeNumberField("created_at", t.createdAt);
    g.writeStringField("instruction", t.instruction);
    g.writeFieldName("params");
    g.writeRawValue(t.paramsJson);
    g.writeStringField("callback_url", t.callbackUrl);
    g.writeStringField("project", t.project);
    g.writeStringField("batch", t.batch);
    if (t.projectParamVersion == null) {
      g.writeNullField("project_param_version");
    } else {
      g.writeNumberField("project_param_version", t.projectParamVersion);
    }
    g.writeBooleanField("test_mode", t.testMode);
    g.writeNumberField("updated_at", t.updatedAt);
    g.writeNumberField("completed_at", t.completedAt);
    g.writeStringField("status", t.status.wire());
    if (t.callbackCompleted == null) {
      g.writeNullField("callback_completed");
    } else {
      g.writeBooleanField("callback_completed", t.callbackCompleted);
    }
    g.writeFieldName("response");
    if (t.responseJson == null) {
      g.writeNull();
    } else {
      g.writeRawValue(t.responseJson);
    }
    g.writeFieldName("metadata");
    g.writeRawValue(t.metadataJson);
    g.writeArrayFieldStart("audits");
    for (Audit a : t.audits) {
      g.writeStartObject();
      g.writeStringField("audited_by", a.auditedBy());
      g.writeNumberField("audited_at", a.auditedAt());
      g.writeNumberField("audit_time_secs", a.auditTimeSecs());
      g.writeStringField("result", a.result());
      g.writeStringField("source", a.source());
      g.writeStringField("comments", a.comments());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (t.tags == null) {
      g.writeNullField("tags");
    } else {
      g.writeArrayFieldStart("tags");
      for (String tag : t.tags) {
        g.writeString(tag);
      }
      g.writeEndArray();
    }
    g.writeStringField("unique_id", t.uniqueId);
    g.writeBooleanField("clear_unique_id_on_error", t.clearUniqueIdOnError);
    g.writeStringField("review_status", t.reviewStatus == null ? null : t.reviewStatus.wire());
    g.writeNumberField("times_redone", t.timesRedone);
    g.writeEndObject();
  }

  // ---- reading ----

  /**
   * Reads a document written by {@link #write} from {@code p} (at or before its first token),
   * one task at a time; anything else is an IllegalArgumentException.
   */
  static Contents read(JsonParser p, java.util.function.UnaryOperator<String> callbackAuthKeyOf) {
    Reader r = new Reader(callbackAuthKeyOf);
    try {
      return r.document(p);
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (JsonBounds.OutOfBounds e) { // a task's string or number
      throw new IllegalArgumentException(e.problem().describe(), e);
    } catch (IOException | RuntimeException e) { // broken JSON, a missing field, a wrong type
      throw new IllegalArgumentException("Not a Refonte snapshot of version " + VERSION + ": " + e.getMessage(), e);
    }
  }

  /** The reading of one document. */
  private static final class Reader {
    /** The callback auth key of a tenant by name: configuration, never part of a snapshot. */
    private final java.util.function.UnaryOperator<String> callbackAuthKeyOf;

    Reader(java.util.function.UnaryOperator<String> callbackAuthKeyOf) {
      this.callbackAuthKeyOf = callbackAuthKeyOf;
    }

    /** Reads one value as a tree in the middle of a stream. */
    private static final ObjectReader SUBTREES =
        Json.MAPPER.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** The latest time the document holds: the clock must not read earlier after a restore. */
    private long latest = Long.MIN_VALUE;
    private final SnapshotTaskReader taskReader = new SnapshotTaskReader();

    /** The document's fields as trees, except the tasks, which are read one by one without a tree. */
    Contents document(JsonParser p) throws IOException {
      if (p.currentToken() == null) {
        p.nextToken();
      }
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw new IllegalArgumentException("Not a Refonte snapshot of version " + VERSION + ".");
      }
      ObjectNode doc = Json.MAPPER.createObjectNode();
      List<TenantState> tenants = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("tenants")) {
          for (startArray(p, name); p.nextToken() == JsonToken.START_OBJECT; ) {
            tenants.add(tenant(p));
          }
          endArray(p, name);
        } else {
          doc.set(name, tree(p));
        }
      }
      return contents(doc, tenants);
    }

    private TenantState tenant(JsonParser p) throws IOException {
      ObjectNode fields = Json.MAPPER.createObjectNode();
      List<Task> tasks = new ArrayList<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (name.equals("tasks")) {
          for (startArray(p, name); p.nextToken() == JsonToken.START_OBJECT; ) {
            tasks.add(taskReader.read(p));
          }
          endArray(p, name);
        } else {
          fields.set(name, tree(p));
        }
      }
      return tenant(fields, tasks);
    }

    private static void startArray(JsonParser p, String field) {
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("\"" + field + "\" must be an array.");
      }
    }

    private static void endArray(JsonParser p, String field) {
      if (p.currentToken() != JsonToken.END_ARRAY) {
        throw new IllegalArgumentException("\"" + field + "\" must hold only objects.");
      }
    }

    /** The value at {@code p} as a tree, within the bounds of a request body. */
    private static JsonNode tree(JsonParser p) throws IOException {
      JsonNode node = SUBTREES.readTree(p);
      JsonBounds.Problem problem = JsonBounds.find(node);
      if (problem != null) {
        throw new IllegalArgumentException(problem.describe());
      }
      return node;
    }

    private Contents contents(JsonNode doc, List<TenantState> tenantList) {
      if (doc.path("version").asInt() != VERSION) {
        throw new IllegalArgumentException("Not a Refonte snapshot of version " + VERSION + ".");
      }
      Map<String, TenantState> tenants = new LinkedHashMap<>();
      for (TenantState s : tenantList) {
        if (tenants.put(s.tenant.name(), s) != null) {
          throw new IllegalArgumentException("Tenant listed twice in the snapshot.");
        }
      }
      List<IdempotencyStore.Entry> idempotency = new ArrayList<>();
      for (JsonNode e : array(doc, "idempotency_records")) {
        idempotency.add(new IdempotencyStore.Entry(text(e, "key"), text(e, "tenant"), text(e, "fingerprint"),
            e.get("status").intValue(), binary(e, "body"), time(e, "saved_at")));
      }
      List<CallbackDispatcher.Pending> callbacks = new ArrayList<>();
      for (JsonNode p : array(doc, "callbacks")) {
        String tenant = text(p, "tenant");
        if (!tenants.containsKey(tenant)) {
          throw new IllegalArgumentException("A callback names a tenant the snapshot does not hold.");
        }
        callbacks.add(new CallbackDispatcher.Pending(tenant, text(p, "task_id"), URI.create(text(p, "url")),
            text(p, "event"), binary(p, "payload"), text(p, "auth_key"), p.get("attempt").intValue(),
            p.get("due_at").longValue()));
      }
      return new Contents(doc.get("sequence").longValue(), doc.get("tenant_numbers").intValue(),
          binary(doc, "page_token_key"), tenants, idempotency, callbacks, Math.max(latest, taskReader.latest()));
    }

    private TenantState tenant(JsonNode t, List<Task> tasks) {
      Set<String> disabled = new HashSet<>();
      array(t, "disabled_task_types").forEach(type -> disabled.add(type.textValue()));
      String name = text(t, "name");
      TenantState s = new TenantState(new Tenant(name, t.get("number").intValue(), text(t, "label"),
          text(t, "email"), callbackAuthKeyOf.apply(name), disabled));
      s.team.clear();
      s.holdsData = true;
      s.tasks.addAll(tasks);
      for (JsonNode id : array(t, "due_test_tasks")) {
        Task due = s.tasks.get(id.textValue());
        if (due == null) {
          throw new IllegalArgumentException("A due test task is not among the tenant's tasks.");
        }
        s.dueTestTasks.add(due);
        s.hasDueTestTasks = true;
      }
      for (JsonNode b : array(t, "batches")) {
        Batch batch = new Batch(text(b, "name"), text(b, "project"), text(b, "callback"),
            b.get("calibration_batch").booleanValue(), b.get("self_label_batch").booleanValue(),
            json(b, "metadata"), enumValue(Batch.Status.fromWire(text(b, "status")), "batch status"),
            time(b, "created_at"), b.get("seq").longValue());
        batch.updatedAt = time(b, "updated_at");
        s.batches.put(batch.name, batch);
      }
      for (JsonNode p : array(t, "projects")) {
        Project project = new Project(text(p, "name"), text(p, "type"), time(p, "created_at"),
            p.get("rapid").booleanValue(), p.get("studio").booleanValue());
        array(p, "param_history").forEach(entry -> project.paramHistory.add((ObjectNode) entry.deepCopy()));
        s.projects.put(project.name, project);
      }
      for (JsonNode m : array(t, "team")) {
        s.team.put(text(m, "email"), new TenantState.Member(text(m, "email"), text(m, "role")));
      }
      for (JsonNode f : array(t, "files")) {
        Map<String, Object> file = new LinkedHashMap<>();
        f.fields().forEachRemaining(e -> file.put(e.getKey(), e.getValue()));
        s.files.add(file);
      }
      return s;
    }

    private long time(JsonNode node, String field) {
      long millis = node.get(field).longValue();
      latest = Math.max(latest, millis);
      return millis;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
      JsonNode v = node.get(field);
      if (v == null || !v.isArray()) {
        throw new IllegalArgumentException("\"" + field + "\" must be an array.");
      }
      return v;
    }

    /** A string field; JSON null reads as null. */
    private static String text(JsonNode node, String field) {
      JsonNode v = node.get(field);
      if (v == null || !(v.isTextual() || v.isNull())) {
        throw new IllegalArgumentException("\"" + field + "\" must be a string or null.");
      }
      return v.textValue();
    }

    /** A JSON value kept as compact text, as the engine stores it. */
    private static String json(JsonNode node, String field) {
      JsonNode v = node.get(field);
      if (v == null) {
        throw new IllegalArgumentException("\"" + field + "\" is missing.");
      }
      return Json.compact(v);
    }

    private static byte[] binary(JsonNode node, String field) {
      return Base64.getDecoder().decode(text(node, field));
    }

    private static <E> E enumValue(E value, String what) {
      if (value == null) {
        throw new IllegalArgumentException("Unknown " + what + " in the snapshot.");
      }
      return value;
    }
  }
}
