package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.common.Json;
import java.util.ArrayList;
import java.util.List;

/** The input endpoints (spec §8.8): per-item create, get, list and all-or-nothing delete. */
public final class InputOperations {

  private final ClarifaiEngine engine;

  InputOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /** PostInputs, per item (30000 once stored). */
  public List<ItemResult<Input>> post(Caller caller, List<InputSpec> items) {
    if (items.isEmpty()) {
      throw ClarifaiError.invalid("inputs is required and must not be empty");
    }
    return engine.write(caller, app -> {
      List<ItemResult<Input>> out = new ArrayList<>();
      for (InputSpec item : items) {
        try {
          out.add(ItemResult.ok(store(app, caller.userId(), item, engine.now())));
        } catch (ClarifaiError e) {
          out.add(ItemResult.failed(e));
        }
      }
      return out;
    });
  }

  /** GetInput; 11101 for a missing input. */
  public Input get(Caller caller, String id) {
    return engine.read(caller, app -> app.input(id));
  }

  /** ListInputs, newest first. */
  public List<Input> list(Caller caller, Page page) {
    return engine.read(caller, app ->
        page.slice(AppData.newestFirst(app.inputs.values()), engine.config().maxPerPage()));
  }

  /**
   * DeleteInputs, all-or-nothing: an unknown id is a 30102. A deleted input leaves its tasks
   * and datasets and its annotations are deleted (mock choice).
   */
  public void delete(Caller caller, List<String> ids) {
    if (ids.isEmpty()) {
      throw ClarifaiError.invalid("ids is required");
    }
    engine.write(caller, app -> {
      List<String> missing = ids.stream().filter(id -> !app.inputs.containsKey(id)).distinct().toList();
      if (!missing.isEmpty()) {
        throw new ClarifaiError(StatusCode.INPUT_DOES_NOT_EXIST, "inputs not found: " + String.join(", ", missing));
      }
      ids.forEach(id -> remove(app, id));
      return null;
    });
  }

  /**
   * Checks and stores one input; its {@code data.concepts} become an approved input-level
   * annotation by {@code authorId}, and unknown concepts are created (mock choice).
   */
  Input store(AppData app, String authorId, InputSpec item, long now) {
    String id = item.id() == null ? engine.newId() : item.id();
    if (app.inputs.containsKey(id)) {
      throw new ClarifaiError(StatusCode.DATABASE_DUPLICATE_KEY, "input id '" + id + "' already exists");
    }
    JsonNode data = item.data();
    checkData(data);
    for (String dataset : item.datasetIds()) {
      if (!app.datasets.containsKey(dataset)) {
        throw new ClarifaiError(StatusCode.INPUT_INVALID_ARGUMENT, "dataset '" + dataset + "' not found");
      }
    }
    app.inputs.put(id, new Input(id, data.deepCopy(), List.of(), now, now));
    item.datasetIds().forEach(d -> app.addToDataset(d, id, now));
    JsonNode concepts = data.path("concepts");
    if (concepts.isArray() && !concepts.isEmpty()) {
      ObjectNode labels = Json.MAPPER.createObjectNode();
      labels.set("concepts", concepts.deepCopy());
      app.putAnnotation(new Annotation(engine.newId(), id, labels, StatusCode.ANNOTATION_SUCCESS, now,
          now, authorId, null, null));
      concepts.forEach(c -> {
        String conceptId = c.path("id").asText();
        app.concepts.putIfAbsent(conceptId, new Concept(conceptId,
            c.path("name").asText(conceptId), now));
      });
    }
    return app.inputs.get(id);
  }

  /** 30104 unless the data holds an image, a text or a video. */
  static void checkData(JsonNode data) {
    if (data == null || !(data.hasNonNull("image") || data.hasNonNull("text") || data.hasNonNull("video"))) {
      throw new ClarifaiError(StatusCode.INPUT_INVALID_ARGUMENT, "data needs an image, a text or a video");
    }
  }

  /** Deletes an input from everywhere: datasets, task snapshots, assignments, annotations. */
  static void remove(AppData app, String id) {
    for (String dataset : new ArrayList<>(app.inputs.get(id).datasetIds())) {
      app.removeFromDataset(dataset, id);
    }
    app.inputs.remove(id);
    app.inputAnnotations(id).forEach(a -> app.removeAnnotation(a.id()));
    for (Task t : new ArrayList<>(app.tasks.values())) {
      if (t.inputIds().contains(id)) {
        app.tasks.put(t.id(), t.withoutInput(id));
        app.assignmentMap(t.id()).values().removeIf(a -> a.inputId().equals(id));
      }
    }
  }
}
