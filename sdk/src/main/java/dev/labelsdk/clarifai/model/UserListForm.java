package dev.labelsdk.clarifai.model;

/**
 * How requests name a task's workers and reviewers. The API has had three forms; responses
 * carry all of them and the SDK reads any.
 */
public enum UserListForm {
  /** {@code "user_ids": ["u1"]}: the oldest form, which every server version accepts. */
  USER_IDS,
  /**
   * The current form: {@code "workers": [{"user": {"id": "u1"}}]} for workers and
   * {@code "users": [{"id": "u3"}]} for reviewers.
   */
  WORKERS
}
