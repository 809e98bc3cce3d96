package dev.labelsdk.clarifai.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
  WORKERS;

  /** A task written with {@code user_ids}, its worker and review in this form. */
  ObjectNode apply(ObjectNode task) {
    if (task.get("worker") instanceof ObjectNode worker) {
      worker(worker);
    }
    if (task.get("review") instanceof ObjectNode review) {
      review(review);
    }
    return task;
  }

  /** A worker setting written with {@code user_ids}, in this form. */
  ObjectNode worker(ObjectNode worker) {
    return rename(worker, "workers", true);
  }

  /** A review setting written with {@code user_ids}, in this form. */
  ObjectNode review(ObjectNode review) {
    return rename(review, "users", false);
  }

  private ObjectNode rename(ObjectNode o, String key, boolean asUser) {
    if (this == USER_IDS || !(o.get("user_ids") instanceof ArrayNode ids)) {
      return o;
    }
    o.remove("user_ids");
    ArrayNode users = o.putArray(key);
    for (JsonNode id : ids) {
      ObjectNode user = users.addObject();
      (asUser ? user.putObject("user") : user).set("id", id);
    }
    return o;
  }
}
