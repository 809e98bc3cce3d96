package dev.labelsdk.mock.refonte;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Task creation under an {@code Idempotency-Key} (spec §5.2). The key is claimed before the
 * request is even decoded, so a retry gets the first request's answer again, byte for byte,
 * whatever it was: a task, or a refusal of the request itself. The same key from another tenant
 * or with other parameters (another fingerprint) is {@link ErrorCode#IDEMPOTENCY_CONFLICT};
 * while the first request runs, {@link ErrorCode#IN_FLIGHT}. A rate limit or a crash keeps
 * nothing: the retry is processed afresh.
 *
 * <p>The engine decides what is kept and when it is replayed; the caller decides what an answer
 * looks like ({@link Answers}), so a replay repeats the first answer exactly.
 */
public final class IdempotentCreate {

  /** An answer as the caller recorded it; the engine keeps it and never reads it. */
  public record Recorded(int status, byte[] body) {}

  /** How the caller turns outcomes into its answers of type {@code A}, and back from a record. */
  public interface Answers<A> {
    A created(TaskView task);

    A refused(RefonteError error);

    Recorded record(A answer);

    A replay(Recorded recorded);
  }

  /** Refusals a retry would meet again: kept and replayed. */
  private static final Set<ErrorCode> KEPT = EnumSet.of(ErrorCode.MALFORMED_REQUEST,
      ErrorCode.INVALID_PARAMETER, ErrorCode.INVALID_STATE, ErrorCode.NOT_ENABLED,
      ErrorCode.ALREADY_EXISTS, ErrorCode.DUPLICATE_UNIQUE_ID);

  private final RefonteEngine engine;

  IdempotentCreate(RefonteEngine engine) {
    this.engine = engine;
  }

  /**
   * Creates the task {@code request} decodes to (it throws {@link RefonteError} for a body it
   * cannot decode). Without a key, errors are thrown; with one, kept refusals are answers.
   *
   * @param key the Idempotency-Key, or null
   * @param fingerprint what makes two requests "the same parameters"; ignored without a key
   */
  <A> A create(Caller caller, String key, String fingerprint, Supplier<CreateTask> request,
      Answers<A> answers) {
    if (key == null) {
      return answers.created(engine.tasks().create(caller, request.get()));
    }
    IdempotencyStore store = engine.idempotency();
    IdempotencyStore.Lookup lookup = store.begin(key, caller.tenantName(), fingerprint, engine.clock.millis());
    if (lookup instanceof IdempotencyStore.Conflict) {
      throw RefonteError.idempotencyConflict();
    }
    if (lookup instanceof IdempotencyStore.InFlight) {
      throw RefonteError.inFlight();
    }
    if (lookup instanceof IdempotencyStore.Replay replay) {
      return answers.replay(new Recorded(replay.status(), replay.body()));
    }
    IdempotencyStore.Claimed claim = (IdempotencyStore.Claimed) lookup;
    Recorded recorded;
    A answer;
    try {
      answer = outcome(caller, request, answers);
      recorded = answers.record(answer);
    } catch (RuntimeException e) {
      store.release(claim);
      throw e;
    }
    store.save(claim, recorded.status(), recorded.body(), engine.clock.millis());
    return answer;
  }

  private <A> A outcome(Caller caller, Supplier<CreateTask> request, Answers<A> answers) {
    TaskView task;
    try {
      task = engine.tasks().create(caller, request.get());
    } catch (RefonteError e) {
      if (!KEPT.contains(e.code())) {
        throw e;
      }
      return answers.refused(e);
    }
    return answers.created(task);
  }
}
