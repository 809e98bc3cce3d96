package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.labelsdk.mock.common.JsonBounds;
import dev.labelsdk.mock.common.JsonCopier;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the stored tasks of a snapshot (as {@link RefonteSnapshot} writes them) straight from
 * the token stream into {@link Task}s: no tree per task, which was most of the time a restore
 * of a million tasks took. Every field is required, in any order; unknown fields are ignored;
 * every key, string and number is checked against {@link JsonBounds}, with a path counted from
 * the task. Not thread-safe: one reader per restore.
 */
final class SnapshotTaskReader {

  /**
   * A task's fields in the order {@link RefonteSnapshot} writes them. Field i sets bit i of the
   * mask {@link #read} checks at the end.
   */
  private static final List<String> TASK_FIELDS = List.of("id", "seq", "type", "created_at",
      "instruction", "params", "callback_url", "project", "batch", "project_param_version",
      "test_mode", "updated_at", "completed_at", "status", "callback_completed", "response",
      "metadata", "audits", "tags", "unique_id", "clear_unique_id_on_error", "review_status",
      "times_redone");
  /** The same names pre-encoded, so the parser matches a field in the usual order by its bytes. */
  private static final SerializedString[] IN_ORDER =
      TASK_FIELDS.stream().map(SerializedString::new).toArray(SerializedString[]::new);
  /** Strings each table of repeated values holds at most. */
  static final int TABLE_CAPACITY = 4096;
  private static final List<String> AUDIT_FIELDS =
      List.of("audited_by", "audited_at", "audit_time_secs", "result", "source", "comments");

  private final JsonCopier copier = new JsonCopier();
  /*
   * Repeated values (type, project, batch, tags, instruction, params, "{}" metadata...) are shared
   * across the restored tasks, as they are across tasks the engine created from the same request:
   * a restored store is then no larger than the one that was dumped. A table per field, so a field
   * distinct in every task (params naming a per-task attachment) fills only its own table.
   * Ids, unique ids, responses and comments are distinct per task and are not looked up.
   */
  private final StringTable names = new StringTable(TABLE_CAPACITY, 256); // type, project, batch, tags, audits
  private final StringTable instructions = new StringTable(TABLE_CAPACITY, 4096);
  private final StringTable callbackUrls = new StringTable(TABLE_CAPACITY, 4096);
  private final StringTable paramValues = new StringTable(TABLE_CAPACITY, 4096);
  private final StringTable metadataValues = new StringTable(TABLE_CAPACITY, 4096);
  /** The latest time read so far: the clock must not read earlier after a restore. */
  private long latest = Long.MIN_VALUE;
  /** The context the current task sits in: problem paths start below it. */
  private JsonStreamContext base;

  long latest() {
    return latest;
  }

  /** The task whose START_OBJECT is {@code p}'s current token; {@code p} is left at its END_OBJECT. */
  Task read(JsonParser p) throws IOException {
    base = p.getParsingContext().getParent();
    String id = null;
    String type = null;
    String instruction = null;
    String params = null;
    String callbackUrl = null;
    String project = null;
    String batch = null;
    String status = null;
    String response = null;
    String metadata = null;
    String uniqueId = null;
    String review = null;
    long seq = 0;
    long createdAt = 0;
    long updatedAt = 0;
    long completedAt = 0;
    Integer projectParamVersion = null;
    boolean testMode = false;
    boolean clearUniqueIdOnError = false;
    Boolean callbackCompleted = null;
    List<Audit> audits = null;
    List<String> tags = null;
    int timesRedone = 0;
    int seen = 0;
    int field = -1;
    while (true) {
      // A document this mock wrote has the fields in order: each is matched without a lookup.
      int next = (field + 1) % IN_ORDER.length;
      if (p.nextFieldName(IN_ORDER[next])) {
        field = next;
      } else if (p.currentToken() == JsonToken.FIELD_NAME) {
        field = TASK_FIELDS.indexOf(JsonBounds.checkedName(p, base));
      } else {
        break;
      }
      p.nextToken();
      switch (field) {
        case 0 -> id = text(p);
        case 1 -> seq = integer(p);
        case 2 -> type = names.share(text(p));
        case 3 -> createdAt = time(p);
        case 4 -> instruction = instructions.share(text(p));
        case 5 -> params = paramValues.share(copier.copy(p, base));
        case 6 -> callbackUrl = callbackUrls.share(text(p));
        case 7 -> project = names.share(text(p));
        case 8 -> batch = names.share(text(p));
        case 9 -> projectParamVersion = p.currentToken() == JsonToken.VALUE_NULL ? null : Math.toIntExact(integer(p));
        case 10 -> testMode = bool(p);
        case 11 -> updatedAt = time(p);
        case 12 -> completedAt = time(p);
        case 13 -> status = text(p);
        case 14 -> callbackCompleted = p.currentToken() == JsonToken.VALUE_NULL ? null : bool(p);
        case 15 -> response = p.currentToken() == JsonToken.VALUE_NULL ? null : copier.copy(p, base);
        case 16 -> metadata = metadataValues.share(copier.copy(p, base));
        case 17 -> audits = audits(p);
        case 18 -> tags = p.currentToken() == JsonToken.VALUE_NULL ? null : strings(p);
        case 19 -> uniqueId = text(p);
        case 20 -> clearUniqueIdOnError = bool(p);
        case 21 -> review = text(p);
        case 22 -> timesRedone = Math.toIntExact(integer(p));
        default -> copier.copy(p, base); // unknown: ignored, but within bounds like the rest
      }
      if (field >= 0) {
        seen |= 1 << field;
      }
    }
    if (p.currentToken() != JsonToken.END_OBJECT) {
      throw wrong(p, "an object");
    }
    requireAll(seen, TASK_FIELDS, "task");
    NewTask spec = new NewTask(type, instruction, callbackUrl, metadata, tags, uniqueId,
        clearUniqueIdOnError, project, batch, params);
    Task task = new Task(id, seq, createdAt, testMode, spec, project, projectParamVersion);
    task.updatedAt = updatedAt;
    task.completedAt = completedAt;
    task.status = known(TaskStatus.fromWire(status), "task status");
    task.callbackCompleted = callbackCompleted;
    task.responseJson = response;
    task.audits.addAll(audits);
    task.reviewStatus = review == null ? null : known(ReviewStatus.fromWire(review), "review status");
    task.timesRedone = timesRedone;
    return task;
  }

  private List<Audit> audits(JsonParser p) throws IOException {
    List<Audit> audits = new ArrayList<>(0);
    expect(p, JsonToken.START_ARRAY, "an array");
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, JsonToken.START_OBJECT, "an array of objects");
      String auditedBy = null;
      String result = null;
      String source = null;
      String comments = null;
      long auditedAt = 0;
      long auditTimeSecs = 0;
      int seen = 0;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = JsonBounds.checkedName(p, base);
        p.nextToken();
        switch (name) {
          case "audited_by" -> { auditedBy = names.share(text(p)); seen |= 1; }
          case "audited_at" -> { auditedAt = time(p); seen |= 1 << 1; }
          case "audit_time_secs" -> { auditTimeSecs = integer(p); seen |= 1 << 2; }
          case "result" -> { result = names.share(text(p)); seen |= 1 << 3; }
          case "source" -> { source = names.share(text(p)); seen |= 1 << 4; }
          case "comments" -> { comments = text(p); seen |= 1 << 5; }
          default -> copier.copy(p, base);
        }
      }
      requireAll(seen, AUDIT_FIELDS, "audit");
      audits.add(new Audit(auditedBy, auditedAt, Math.toIntExact(auditTimeSecs), result, source, comments));
    }
    return audits;
  }

  private List<String> strings(JsonParser p) throws IOException {
    expect(p, JsonToken.START_ARRAY, "null or an array of strings");
    List<String> out = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      expect(p, JsonToken.VALUE_STRING, "an array of strings");
      out.add(names.share(JsonBounds.checkedText(p, base)));
    }
    return out;
  }

  /** A string; JSON null reads as null. */
  private String text(JsonParser p) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_NULL) {
      return null;
    }
    expect(p, JsonToken.VALUE_STRING, "a string or null");
    return JsonBounds.checkedText(p, base);
  }

  private static long integer(JsonParser p) throws IOException {
    expect(p, JsonToken.VALUE_NUMBER_INT, "an integer");
    return p.getLongValue();
  }

  private long time(JsonParser p) throws IOException {
    long millis = integer(p);
    latest = Math.max(latest, millis);
    return millis;
  }

  private static boolean bool(JsonParser p) {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw wrong(p, "true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  private static void expect(JsonParser p, JsonToken token, String what) {
    if (p.currentToken() != token) {
      throw wrong(p, what);
    }
  }

  private static IllegalArgumentException wrong(JsonParser p, String what) {
    return new IllegalArgumentException("\"" + p.getParsingContext().pathAsPointer() + "\" must be " + what + ".");
  }

  private static void requireAll(int seen, List<String> fields, String what) {
    if (seen == (1 << fields.size()) - 1) {
      return;
    }
    for (int i = 0; i < fields.size(); i++) {
      if ((seen & (1 << i)) == 0) {
        throw new IllegalArgumentException("A " + what + " in the snapshot lacks \"" + fields.get(i) + "\".");
      }
    }
  }

  private static <E> E known(E value, String what) {
    if (value == null) {
      throw new IllegalArgumentException("Unknown " + what + " in the snapshot.");
    }
    return value;
  }
}
