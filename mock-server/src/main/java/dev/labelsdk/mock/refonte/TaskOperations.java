package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The task endpoints of spec §4.2 to §4.9. Every method returns the API's JSON. */
public final class TaskOperations {

  /** What a tags call does (spec §4.8). */
  public enum TagChange {
    /** POST: replace all tags. */
    SET,
    /** PUT: append the ones not present yet. */
    ADD,
    /** DELETE: remove the given ones (all of them when the body is empty). */
    REMOVE
  }

  private final RefonteEngine engine;

  TaskOperations(RefonteEngine engine) {
    this.engine = engine;
  }

  /**
   * {@code POST /v1/task/{type}} from step 3 on (spec §4.2): type, body, common and per-type
   * validation, feature check, batch and project, unique_id, rate limit, then store.
   */
  public byte[] create(Caller caller, String type, JsonNode body) {
    String canonicalType = TaskTypes.canonical(type);
    if (canonicalType == null) {
      throw RefonteError.invalid("Unknown task type \"" + type + "\".");
    }
    NewTask spec = TaskCreateValidator.validate(canonicalType, body);
    TenantState s = caller.state;
    if (s.tenant.disabledTaskTypes().contains(canonicalType)) {
      throw RefonteError.notEnabled(
          "Task type \"" + canonicalType + "\" is not enabled for this account.");
    }
    return RefonteEngine.write(s, () -> {
      String project = resolveProject(s, spec);
      Project known = project == null ? null : s.projects.get(project);
      Integer paramVersion = known == null ? null : known.latestVersion();
      if (spec.uniqueId() != null) {
        rejectHeldUniqueId(s, spec.uniqueId(), null);
      }
      long now = engine.clock.millis();
      RateLimit limit = engine.rateLimit();
      long wait = s.createBudget.tryTake(limit.perSecond(), limit.burst(), now);
      if (wait > 0) {
        throw RefonteError.rateLimited(
            "Too many requests: task creation is limited to "
                + formatRate(limit.perSecond()) + " requests per second.",
            wait);
      }
      long seq = engine.nextSequence();
      Task t = new Task(engine.ids.next(now, seq), seq, now, caller.testKey, spec, project, paramVersion);
      byte[] answer = render(t); // first: a create that fails stores nothing
      s.tasks.add(t);
      if (caller.testKey && engine.config.testModeAutoComplete()) {
        s.dueTestTasks.add(t);
        s.hasDueTestTasks = true;
      }
      return answer;
    });
  }

  /** {@code GET /v1/task/{id}}. */
  public byte[] get(Caller caller, String id) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> render(s.task(id)));
  }

  /**
   * {@code GET /v1/tasks} (spec §4.4): newest first, {@code limit} 1..100. Continues after
   * {@code nextToken} when given, else skips {@code offset} matches.
   */
  public byte[] list(Caller caller, TaskFilter filter, String nextToken, long offset, int limit,
      boolean limitedResponse) {
    if (limit < 1 || limit > 100) {
      throw RefonteError.invalid("\"limit\" must be between 1 and 100 (got " + limit + ").");
    }
    if (offset < 0) {
      throw RefonteError.invalid("\"offset\" must be >= 0.");
    }
    TenantState s = caller.state;
    int tenantNumber = s.tenant.number();
    PageTokens.Position from =
        nextToken == null
            ? new PageTokens.Position(Long.MAX_VALUE, offset)
            : engine.pageTokens.decode(nextToken, tenantNumber);
    long skip = nextToken == null ? offset : 0;
    return RefonteEngine.read(s, () -> {
      TaskIndex.Result page = s.tasks.query(filter, from.afterSeq(), skip, limit);
      String token =
          page.hasMore()
              ? engine.pageTokens.encode(tenantNumber, page.docs().get(page.docs().size() - 1).seq,
                  from.offset() + page.docs().size())
              : null;
      return Json.write(g -> {
        g.writeStartObject();
        g.writeArrayFieldStart("docs");
        for (Task t : page.docs()) {
          if (limitedResponse) {
            TaskJson.writeLimited(g, t);
          } else {
            TaskJson.write(g, t);
          }
        }
        g.writeEndArray();
        g.writeNumberField("total", page.total());
        g.writeNumberField("limit", limit);
        g.writeNumberField("offset", from.offset());
        g.writeBooleanField("has_more", page.hasMore());
        g.writeStringField("next_token", token);
        g.writeEndObject();
      });
    });
  }

  /** {@code POST /v1/task/{id}/cancel} (spec §4.5). */
  public byte[] cancel(Caller caller, String id, boolean clearUniqueId) {
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Task t = s.task(id);
      switch (t.status) {
        case COMPLETED -> throw RefonteError.invalidState(
            "Task " + id + " is already completed and cannot be canceled.");
        case ERROR -> throw RefonteError.invalidState(
            "Task " + id + " is in error status and cannot be canceled; only pending tasks can.");
        default -> { }
      }
      boolean cancel = t.status == TaskStatus.PENDING;
      boolean clear = clearUniqueId && t.uniqueId != null;
      if (cancel || clear) {
        long now = engine.clock.millis();
        s.tasks.update(t, task -> {
          task.status = TaskStatus.CANCELED;
          if (clear) {
            task.uniqueId = null;
          }
          task.updatedAt = now;
        });
      }
      return render(t);
    });
  }

  /** {@code POST /v1/task/{id}/setMetadata}: the body replaces the metadata (spec §4.6). */
  public byte[] setMetadata(Caller caller, String id, JsonNode body) {
    String metadata = Limits.metadata(body, "metadata");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Task t = s.task(id);
      if (!Json.canonical(Json.tree(t.metadataJson)).equals(Json.canonical(Json.tree(metadata)))) {
        long now = engine.clock.millis();
        s.tasks.update(t, task -> {
          task.metadataJson = metadata;
          task.updatedAt = now;
        });
      }
      return render(t);
    });
  }

  /** {@code POST /v1/task/{id}/unique_id} (spec §4.7). */
  public byte[] setUniqueId(Caller caller, String id, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.invalidParameter("the body must be an object with \"unique_id\"");
    }
    JsonNode value = body.get("unique_id");
    if (value == null || !value.isTextual() || value.asText().isEmpty()) {
      throw RefonteError.invalidParameter("\"unique_id\" must be a non-empty string");
    }
    JsonNode flag = body.get("clear_unique_id_on_error");
    if (flag != null && !flag.isNull() && !flag.isBoolean()) {
      throw RefonteError.invalidParameter("\"clear_unique_id_on_error\" must be a boolean");
    }
    String uniqueId = value.asText();
    Boolean clearOnError = flag == null || flag.isNull() ? null : flag.asBoolean();
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Task t = s.task(id);
      rejectHeldUniqueId(s, uniqueId, t);
      boolean flagChanges = clearOnError != null && clearOnError != t.clearUniqueIdOnError;
      if (!uniqueId.equals(t.uniqueId) || flagChanges) {
        long now = engine.clock.millis();
        s.tasks.update(t, task -> {
          task.uniqueId = uniqueId;
          if (clearOnError != null) {
            task.clearUniqueIdOnError = clearOnError;
          }
          task.updatedAt = now;
        });
      }
      return render(t);
    });
  }

  /** {@code DELETE /v1/task/{id}/unique_id}: frees the value; the key disappears. */
  public byte[] clearUniqueId(Caller caller, String id) {
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Task t = s.task(id);
      if (t.uniqueId != null) {
        long now = engine.clock.millis();
        s.tasks.update(t, task -> {
          task.uniqueId = null;
          task.updatedAt = now;
        });
      }
      return render(t);
    });
  }

  /**
   * {@code POST|PUT|DELETE /v1/task/{id}/tags} (spec §4.8). The body is a JSON array of
   * non-blank strings; only {@link TagChange#REMOVE} accepts no body (remove all).
   */
  public byte[] changeTags(Caller caller, String id, TagChange change, JsonNode body) {
    List<String> given =
        change == TagChange.REMOVE && (body == null || body.isNull())
            ? null
            : Limits.tagList(body, "tags");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Task t = s.task(id);
      List<String> current = t.tags == null ? List.of() : t.tags;
      List<String> next = Limits.checkCount(switch (change) {
        case SET -> given;
        case ADD -> {
          Set<String> merged = new LinkedHashSet<>(current);
          merged.addAll(given);
          yield new ArrayList<>(merged);
        }
        case REMOVE -> given == null
            ? List.of()
            : current.stream().filter(tag -> !given.contains(tag)).toList();
      });
      if (t.tags == null || !t.tags.equals(next)) {
        long now = engine.clock.millis();
        s.tasks.update(t, task -> {
          task.tags = new ArrayList<>(next);
          task.updatedAt = now;
        });
      }
      return render(t);
    });
  }

  /** {@code POST /v1/task/{id}/audit} (spec §4.9): only completed tasks can be audited. */
  public byte[] audit(Caller caller, String id, JsonNode body) {
    if (body == null || !body.isObject()) {
      throw RefonteError.invalidParameter("the body must be an object with \"accepted\"");
    }
    JsonNode accepted = body.get("accepted");
    if (accepted == null || !accepted.isBoolean()) {
      throw RefonteError.invalidParameter("\"accepted\" is required and must be a boolean");
    }
    JsonNode comments = body.get("comments");
    if (comments != null && !comments.isNull() && !comments.isTextual()) {
      throw RefonteError.invalidParameter("\"comments\" must be a string or null");
    }
    boolean ok = accepted.asBoolean();
    String comment = comments == null || comments.isNull() ? null : comments.asText();
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Task t = s.task(id);
      if (t.status != TaskStatus.COMPLETED) {
        throw RefonteError.invalidState(
            "Task " + id + " is " + t.status.wire() + "; only completed tasks can be audited.");
      }
      long now = engine.clock.millis();
      s.tasks.update(t, task -> {
        task.audits.add(0, new Audit(s.tenant.email(), now, 0, ok ? "accepted" : "rejected",
            "customer", comment));
        task.reviewStatus = ok ? ReviewStatus.ACCEPTED : ReviewStatus.REJECTED;
        task.updatedAt = now;
      });
      return render(t);
    });
  }

  static byte[] render(Task t) {
    return Json.write(g -> TaskJson.write(g, t));
  }

  /** Step 8: a batch must exist and decides the project; a project alone is taken as given. */
  private static String resolveProject(TenantState s, NewTask spec) {
    if (spec.batch() == null) {
      return spec.project();
    }
    Batch batch = s.batches.get(spec.batch());
    if (batch == null) {
      throw RefonteError.invalid("Batch \"" + spec.batch() + "\" not found.");
    }
    if (spec.project() != null && !spec.project().equals(batch.project)) {
      throw RefonteError.invalidParameter(
          "\"project\" (\"" + spec.project() + "\") does not match the project of batch \""
              + batch.name + "\" (\"" + batch.project + "\")");
    }
    return batch.project;
  }

  /** The 409 of spec §5.1 when another task than {@code self} holds {@code uniqueId}. */
  private static void rejectHeldUniqueId(TenantState s, String uniqueId, Task self) {
    Task holder = s.tasks.holderOf(uniqueId);
    if (holder != null && holder != self) {
      throw RefonteError.duplicateUniqueId(uniqueId, holder.id);
    }
  }

  private static String formatRate(double perSecond) {
    return perSecond == Math.rint(perSecond)
        ? Long.toString((long) perSecond)
        : Objects.toString(perSecond);
  }
}
