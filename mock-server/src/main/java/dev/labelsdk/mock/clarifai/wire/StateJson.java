package dev.labelsdk.mock.clarifai.wire;

import dev.labelsdk.mock.common.KeyDigest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ApiKey;
import dev.labelsdk.mock.clarifai.StateSnapshot;
import dev.labelsdk.mock.clarifai.Task;
import dev.labelsdk.mock.clarifai.TaskView;
import dev.labelsdk.mock.common.Json;
import java.util.List;
import java.util.function.Function;

/**
 * The state dump of {@code GET /__admin/clarifai/state} (spec §10), in the API's JSON forms.
 * Key tokens are never shown: a key appears as {@code key-<digest>} (mock choice).
 */
final class StateJson {

  private StateJson() {}

  static ObjectNode render(StateSnapshot s) {
    ObjectNode o = JsonOut.object();
    ArrayNode users = o.putArray("users");
    s.users().forEach(u -> users.addObject().put("id", u));
    ArrayNode keys = o.putArray("keys");
    for (ApiKey k : s.keys()) {
      ObjectNode key = keys.addObject();
      key.put("key", KeyDigest.label(k.token())); // the directory holds only the digest
      key.put("type", k.type().name());
      key.put("user_id", k.userId());
      JsonOut.text(key, "app_id", k.appId());
      ArrayNode scopes = key.putArray("scopes");
      k.scopes().forEach(scopes::add);
    }
    ArrayNode collaborators = o.putArray("collaborators");
    s.collaborators().forEach(c -> collaborators.add(ResourceJson.collaborator(c)));
    ArrayNode apps = o.putArray("apps");
    for (StateSnapshot.AppState a : s.apps()) {
      ObjectNode app = apps.addObject();
      app.put("user_id", a.app().userId());
      app.put("id", a.app().appId());
      list(app, "tasks", a.tasks(), StateJson::task);
      list(app, "assignments", a.assignments(), ResourceJson::assignmentById);
      list(app, "annotations", a.annotations(), ResourceJson::annotation);
      list(app, "inputs", a.inputs(), ResourceJson::input);
      list(app, "datasets", a.datasets(), d -> ResourceJson.dataset(d, a.app()));
      list(app, "concepts", a.concepts(), c -> ResourceJson.concept(c, a.app()));
      list(app, "searches", a.searches(), search -> ResourceJson.search(search, true));
    }
    return o;
  }

  private static <T> void list(ObjectNode o, String name, List<T> items, Function<T, ObjectNode> render) {
    ArrayNode list = o.putArray(name);
    items.forEach(i -> list.add(render.apply(i)));
  }

  /** Tasks are only written with a generator; the dump is rare enough to read one back. */
  private static ObjectNode task(Task t) {
    return (ObjectNode) Json.tree(Json.write(g -> TaskJson.write(g, new TaskView(t, null))));
  }
}
