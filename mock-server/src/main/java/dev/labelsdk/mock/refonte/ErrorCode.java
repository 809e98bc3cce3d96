package dev.labelsdk.mock.refonte;

/**
 * Why the Refonte API refuses a request, as the engine says it: never an HTTP status. The wire
 * layer maps each code to its status and envelope once ({@code refonte/wire/HttpStatusMapping}).
 */
public enum ErrorCode {
  /** The body cannot be read as what the endpoint takes (not JSON, a form, not an object). */
  MALFORMED_REQUEST,
  /** A field, query parameter or path value breaks a rule of the spec. */
  INVALID_PARAMETER,
  /** The request is valid but the task's state forbids it (cancel a completed task, say). */
  INVALID_STATE,
  /** No API key, or one the configured mode does not accept. */
  UNAUTHORIZED,
  /** The task type is not enabled for the account. */
  NOT_ENABLED,
  /** The task, batch or project does not exist (for this tenant). */
  NOT_FOUND,
  /** A batch or project of that name exists already. */
  ALREADY_EXISTS,
  /** Another task holds the unique_id (spec §5.1). */
  DUPLICATE_UNIQUE_ID,
  /** The Idempotency-Key was used by another tenant or with other parameters (spec §5.2). */
  IDEMPOTENCY_CONFLICT,
  /** The first request with the Idempotency-Key is still being processed (spec §5.2). */
  IN_FLIGHT,
  /** Task creation is over the rate limit. */
  RATE_LIMITED,
  /** The mock holds as much as it may (the number of tenants, say); mock choice. */
  MOCK_FULL
}
