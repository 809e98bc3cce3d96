package dev.labelsdk.mock.refonte;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/** The task endpoints of spec §4.2 to §4.9: typed requests in, {@link TaskView}s out. */
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
  private final IdempotentCreate idempotent;

  TaskOperations(RefonteEngine engine) {
    this.engine = engine;
    this.idempotent = new IdempotentCreate(engine);
  }

  /**
   * {@code POST /v1/task/{type}} from step 3 on (spec §4.2): type, common and per-type
   * validation, feature check, batch and project, unique_id, rate limit, then store.
   */
  public TaskView create(Caller caller, CreateTask request) {
    String canonicalType = TaskTypes.canonical(request.type());
    if (canonicalType == null) {
      throw RefonteError.invalid("Unknown task type \"" + request.type() + "\".");
    }
    NewTask spec = TaskCreateValidator.validate(canonicalType, request);
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
      s.tasks.add(t);
      if (caller.testKey && engine.config.testModeAutoComplete()) {
        s.dueTestTasks.add(t);
        s.hasDueTestTasks = true;
      }
      return TaskView.of(t);
    });
  }

  /**
   * {@link #create(Caller, CreateTask)} under the Idempotency-Key protocol of spec §5.2 (see
   * {@link IdempotentCreate}): {@code request} is decoded only once the key is claimed.
   *
   * @param key the Idempotency-Key, or null for a plain create
   */
  public <A> A create(Caller caller, String key, String fingerprint, Supplier<CreateTask> request,
      IdempotentCreate.Answers<A> answers) {
    return idempotent.create(caller, key, fingerprint, request, answers);
  }

  /** {@code GET /v1/task/{id}}. */
  public TaskView get(Caller caller, String id) {
    TenantState s = caller.state;
    return RefonteEngine.read(s, () -> TaskView.of(s.task(id)));
  }

  /**
   * {@code GET /v1/tasks} (spec §4.4): newest first, {@code limit} 1..100. Continues after
   * {@code nextToken} when given, else skips {@code offset} matches.
   */
  public TaskPage list(Caller caller, TaskFilter filter, String nextToken, long offset, int limit) {
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
      return new TaskPage(page.docs().stream().map(TaskView::of).toList(), page.total(), limit,
          from.offset(), page.hasMore(), token);
    });
  }

  /** {@code POST /v1/task/{id}/cancel} (spec §4.5). */
  public TaskView cancel(Caller caller, String id, boolean clearUniqueId) {
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
      return TaskView.of(t);
    });
  }

  /** {@code POST /v1/task/{id}/setMetadata}: {@code metadata} replaces it (spec §4.6); null is {}. */
  public TaskView setMetadata(Caller caller, String id, ObjectNode metadata) {
    String json = Limits.metadataJson(metadata, "metadata");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Task t = s.task(id);
      if (!Json.canonical(Json.tree(t.metadataJson)).equals(Json.canonical(Json.tree(json)))) {
        long now = engine.clock.millis();
        s.tasks.update(t, task -> {
          task.metadataJson = json;
          task.updatedAt = now;
        });
      }
      return TaskView.of(t);
    });
  }

  /**
   * {@code POST /v1/task/{id}/unique_id} (spec §4.7); {@code clearOnError} null leaves the flag
   * as it is.
   */
  public TaskView setUniqueId(Caller caller, String id, String uniqueId, Boolean clearOnError) {
    if (uniqueId == null || uniqueId.isEmpty()) {
      throw RefonteError.invalidParameter("\"unique_id\" must be a non-empty string");
    }
    Limits.storable(uniqueId, "unique_id");
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
      return TaskView.of(t);
    });
  }

  /** {@code DELETE /v1/task/{id}/unique_id}: frees the value; the key disappears. */
  public TaskView clearUniqueId(Caller caller, String id) {
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
      return TaskView.of(t);
    });
  }

  /**
   * {@code POST|PUT|DELETE /v1/task/{id}/tags} (spec §4.8): non-blank tags; null only for
   * {@link TagChange#REMOVE}, which then removes all.
   */
  public TaskView changeTags(Caller caller, String id, TagChange change, List<String> tags) {
    if (tags == null && change != TagChange.REMOVE) {
      throw RefonteError.invalidParameter("\"tags\" must be an array of strings");
    }
    List<String> given = tags == null ? null : Limits.tagList(tags, "tags");
    if (given != null) {
      given.forEach(tag -> Limits.storable(tag, "tags"));
    }
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
      return TaskView.of(t);
    });
  }

  /** {@code POST /v1/task/{id}/audit} (spec §4.9): only completed tasks can be audited. */
  public TaskView audit(Caller caller, String id, boolean accepted, String comments) {
    Limits.storable(comments, "comments");
    TenantState s = caller.state;
    return RefonteEngine.write(s, () -> {
      Task t = s.task(id);
      if (t.status != TaskStatus.COMPLETED) {
        throw RefonteError.invalidState(
            "Task " + id + " is " + t.status.wire() + "; only completed tasks can be audited.");
      }
      long now = engine.clock.millis();
      s.tasks.update(t, task -> {
        task.audits.add(0, new Audit(s.tenant.email(), now, 0, accepted ? "accepted" : "rejected",
            "customer", comments));
        task.reviewStatus = accepted ? ReviewStatus.ACCEPTED : ReviewStatus.REJECTED;
        task.updatedAt = now;
      });
      return TaskView.of(t);
    });
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
