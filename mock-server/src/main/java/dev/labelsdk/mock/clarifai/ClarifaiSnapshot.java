package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.labelsdk.mock.common.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All Clarifai state as one JSON document, and back: users, keys, collaborators and apps, and
 * in each app its tasks, assignments, annotations, inputs, datasets with their members,
 * concepts and saved searches, each in the order the engine keeps them; plus the counters that
 * keep consensus ordering and seeded id sequences going. The stored records (tasks,
 * assignments, ...) are written field by field in snake_case. Restoring a document and writing
 * it again gives the same bytes.
 *
 * <p>Not included: the configuration (restoring keeps the running one) and the rate buckets.
 */
final class ClarifaiSnapshot {

  static final int VERSION = 1;

  /** Reads and writes the engine's immutable records by their components. */
  private static final ObjectMapper RECORDS = Json.MAPPER.copy()
      .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
      .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
      .setVisibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.ANY)
      .registerModule(new SimpleModule().addDeserializer(JsonNode.class, new NullableTree()))
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ClarifaiSnapshot() {}

  /** A JSON tree field; JSON null stays Java null, as the engine stores an absent value. */
  private static final class NullableTree extends StdDeserializer<JsonNode> {
    private static final long serialVersionUID = 1L;
    private static final JsonDeserializer<? extends JsonNode> STOCK = JsonNodeDeserializer.getDeserializer(JsonNode.class);

    NullableTree() {
      super(JsonNode.class);
    }

    @Override
    public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return STOCK.deserialize(p, ctxt);
    }

    @Override
    public JsonNode getNullValue(DeserializationContext ctxt) {
      return null;
    }
  }

  /** What a snapshot holds, read and ready to be installed at once. */
  record Contents(ClarifaiEngine.State state, long idDraws, long requestIdDraws, long latestTime) {}

  // ---- writing ----

  static void write(JsonGenerator g, ClarifaiEngine.State s, long idDraws, long requestIdDraws) throws IOException {
    g.writeStartObject();
    g.writeNumberField("version", VERSION);
    g.writeNumberField("id_draws", idDraws);
    g.writeNumberField("request_id_draws", requestIdDraws);
    g.writeNumberField("submissions", s.submissions);
    g.writeFieldName("users");
    RECORDS.writeValue(g, s.directory.users());
    g.writeFieldName("apps");
    RECORDS.writeValue(g, s.directory.apps());
    g.writeFieldName("keys");
    RECORDS.writeValue(g, s.directory.keys());
    g.writeFieldName("collaborators");
    RECORDS.writeValue(g, s.directory.allCollaborators());
    g.writeArrayFieldStart("app_data");
    for (AppRef ref : s.directory.apps()) {
      AppData d = s.apps.get(ref);
      if (d != null) {
        writeApp(g, d);
      }
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeApp(JsonGenerator g, AppData d) throws IOException {
    List<Assignment> assignments = new ArrayList<>();
    d.tasks.values().forEach(t -> assignments.addAll(d.assignmentMap(t.id()).values()));
    Map<String, Map<String, Long>> members = new TreeMap<>(d.datasetMembers);
    List<SavedSearchEntry> searches = d.searches.values().stream()
        .map(s -> new SavedSearchEntry(s.id(), s.name(), s.query(), s.createdAt(), s.modifiedAt())).toList();
    g.writeStartObject();
    g.writeFieldName("app");
    RECORDS.writeValue(g, d.ref);
    write(g, "tasks", List.copyOf(d.tasks.values()));
    write(g, "assignments", assignments);
    write(g, "annotations", d.annotations());
    write(g, "inputs", List.copyOf(d.inputs.values()));
    write(g, "datasets", List.copyOf(d.datasets.values()));
    write(g, "dataset_members", members);
    write(g, "concepts", List.copyOf(d.concepts.values()));
    write(g, "searches", searches);
    g.writeEndObject();
  }

  private static void write(JsonGenerator g, String field, Object value) throws IOException {
    g.writeFieldName(field);
    RECORDS.writeValue(g, value);
  }

  /** A saved search without its parsed query, which is rebuilt from {@code query}. */
  private record SavedSearchEntry(String id, String name, JsonNode query, long createdAt, long modifiedAt) {}

  // ---- reading ----

  /** Reads a document written by {@link #write}; anything else is an IllegalArgumentException. */
  static Contents read(JsonNode doc) {
    if (doc == null || !doc.isObject() || doc.path("version").asInt() != VERSION) {
      throw new IllegalArgumentException("Not a Clarifai snapshot of version " + VERSION + ".");
    }
    try {
      ClarifaiEngine.State s = new ClarifaiEngine.State();
      s.submissions = number(doc, "submissions");
      long latest = Long.MIN_VALUE;
      for (String user : list(doc, "users", String.class)) {
        s.directory.addUser(user);
      }
      for (AppRef app : list(doc, "apps", AppRef.class)) {
        s.directory.addApp(app);
      }
      for (ApiKey key : list(doc, "keys", ApiKey.class)) {
        s.directory.putKey(key);
      }
      for (Collaborator c : list(doc, "collaborators", Collaborator.class)) {
        s.directory.addCollaborator(c.app(), c.userId(), c.createdAt());
        latest = Math.max(latest, c.createdAt());
      }
      for (JsonNode app : iterable(doc, "app_data")) {
        AppRef ref = RECORDS.treeToValue(app.get("app"), AppRef.class);
        if (!s.directory.hasApp(ref) || s.apps.containsKey(ref)) {
          throw new IllegalArgumentException("App data for an app the snapshot does not list, or listed twice.");
        }
        AppData d = new AppData(ref);
        for (Task t : list(app, "tasks", Task.class)) {
          d.tasks.put(t.id(), t);
          latest = Math.max(latest, t.modifiedAt());
        }
        for (Assignment a : list(app, "assignments", Assignment.class)) {
          d.putAssignment(a);
          latest = Math.max(latest, a.modifiedAt());
        }
        for (Annotation a : list(app, "annotations", Annotation.class)) {
          d.putAnnotation(a);
          latest = Math.max(latest, a.modifiedAt());
        }
        for (Input i : list(app, "inputs", Input.class)) {
          d.inputs.put(i.id(), i);
          latest = Math.max(latest, i.modifiedAt());
        }
        for (Dataset ds : list(app, "datasets", Dataset.class)) {
          d.datasets.put(ds.id(), ds);
          latest = Math.max(latest, ds.modifiedAt());
        }
        for (Map.Entry<String, JsonNode> e : properties(app, "dataset_members")) {
          Map<String, Long> members = new LinkedHashMap<>();
          for (Map.Entry<String, JsonNode> m : properties(app.get("dataset_members"), e.getKey())) {
            members.put(m.getKey(), number(e.getValue(), m.getKey()));
          }
          d.datasetMembers.put(e.getKey(), members);
        }
        for (Concept c : list(app, "concepts", Concept.class)) {
          d.concepts.put(c.id(), c);
          latest = Math.max(latest, c.createdAt());
        }
        for (SavedSearchEntry e : list(app, "searches", SavedSearchEntry.class)) {
          d.searches.put(e.id(), new SavedSearch(e.id(), e.name(), e.query(), SearchQuery.parse(e.query()),
              e.createdAt(), e.modifiedAt()));
          latest = Math.max(latest, e.modifiedAt());
        }
        s.apps.put(ref, d);
      }
      return new Contents(s, number(doc, "id_draws"), number(doc, "request_id_draws"), latest);
    } catch (IOException | RuntimeException e) { // a missing field, a wrong type, a bad record
      throw new IllegalArgumentException("Not a Clarifai snapshot of version " + VERSION + ": " + e.getMessage(), e);
    }
  }

  private static <T> List<T> list(JsonNode node, String field, Class<T> type) throws IOException {
    List<T> out = new ArrayList<>();
    for (JsonNode item : iterable(node, field)) {
      T value = RECORDS.treeToValue(item, type);
      if (value == null) {
        throw new IllegalArgumentException("\"" + field + "\" holds a null.");
      }
      out.add(value);
    }
    return out;
  }

  private static Iterable<JsonNode> iterable(JsonNode node, String field) {
    JsonNode array = node.get(field);
    if (array == null || !array.isArray()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an array.");
    }
    return array;
  }

  private static Iterable<Map.Entry<String, JsonNode>> properties(JsonNode node, String field) {
    JsonNode object = node.get(field);
    if (object == null || !object.isObject()) {
      throw new IllegalArgumentException("\"" + field + "\" must be an object.");
    }
    return object.properties();
  }

  private static long number(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a whole number.");
    }
    return value.longValue();
  }
}
