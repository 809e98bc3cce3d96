package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.Annotation;
import dev.labelsdk.mock.clarifai.AppRef;
import dev.labelsdk.mock.clarifai.Assignment;
import dev.labelsdk.mock.clarifai.AssignmentView;
import dev.labelsdk.mock.clarifai.Collaborator;
import dev.labelsdk.mock.clarifai.Concept;
import dev.labelsdk.mock.clarifai.Dataset;
import dev.labelsdk.mock.clarifai.DatasetOperations;
import dev.labelsdk.mock.clarifai.Input;
import dev.labelsdk.mock.clarifai.SavedSearch;
import dev.labelsdk.mock.clarifai.StatusCode;

/** Inputs, annotations, assignments and the other resources as responses show them (spec §3.5 to §3.7). */
final class ResourceJson {

  private ResourceJson() {}

  static ObjectNode input(Input i) {
    ObjectNode o = JsonOut.object();
    o.put("id", i.id());
    JsonOut.tree(o, "data", i.data());
    JsonOut.time(o, "created_at", i.createdAt());
    JsonOut.time(o, "modified_at", i.modifiedAt());
    o.set("status", JsonOut.status(StatusCode.INPUT_SUCCESS));
    if (!i.datasetIds().isEmpty()) {
      ArrayNode ids = o.putArray("dataset_ids");
      i.datasetIds().forEach(ids::add);
    }
    return o;
  }

  static ObjectNode annotation(Annotation a) {
    ObjectNode o = JsonOut.object();
    o.put("id", a.id());
    o.put("input_id", a.inputId());
    JsonOut.tree(o, "data", a.data());
    o.set("status", JsonOut.status(a.status()));
    JsonOut.time(o, "created_at", a.createdAt());
    JsonOut.time(o, "modified_at", a.modifiedAt());
    JsonOut.tree(o, "annotation_info", a.annotationInfo());
    o.put("user_id", a.userId());
    JsonOut.flag(o, "input_level", a.inputLevel());
    JsonOut.text(o, "task_id", a.taskId());
    o.set("worker", JsonOut.userWorker(a.userId()));
    return o;
  }

  /** A TaskAssignment with its stored input. */
  static ObjectNode assignment(AssignmentView v) {
    ObjectNode o = assignmentHeader(v.assignment());
    o.set("input", input(v.input()));
    o.set("status", JsonOut.status(v.assignment().status()));
    return o;
  }

  /** A TaskAssignment naming its task and input by id (for the state dump). */
  static ObjectNode assignmentById(Assignment a) {
    ObjectNode o = assignmentHeader(a);
    o.put("task_id", a.taskId());
    o.put("input_id", a.inputId());
    o.set("status", JsonOut.status(a.status()));
    return o;
  }

  private static ObjectNode assignmentHeader(Assignment a) {
    ObjectNode o = JsonOut.object();
    o.put("id", a.id());
    JsonOut.time(o, "created_at", a.createdAt());
    JsonOut.time(o, "modified_at", a.modifiedAt());
    o.set("worker", JsonOut.userWorker(a.workerId()));
    return o;
  }

  static ObjectNode dataset(Dataset d, AppRef app) {
    ObjectNode o = JsonOut.object();
    o.put("id", d.id());
    JsonOut.time(o, "created_at", d.createdAt());
    JsonOut.time(o, "modified_at", d.modifiedAt());
    o.put("app_id", app.appId());
    o.put("user_id", app.userId());
    JsonOut.text(o, "description", d.description());
    return o;
  }

  static ObjectNode datasetInput(DatasetOperations.DatasetInputView v) {
    ObjectNode o = JsonOut.object();
    JsonOut.time(o, "created_at", v.addedAt());
    o.set("input", input(v.input()));
    return o;
  }

  static ObjectNode concept(Concept c, AppRef app) {
    ObjectNode o = JsonOut.object();
    o.put("id", c.id());
    o.put("name", c.name());
    o.put("value", 1.0); // Concept.value is always printed (spec §4.1)
    JsonOut.time(o, "created_at", c.createdAt());
    o.put("app_id", app.appId());
    return o;
  }

  static ObjectNode search(SavedSearch s, boolean saved) {
    ObjectNode o = JsonOut.object();
    o.put("id", s.id());
    JsonOut.tree(o, "query", s.query());
    JsonOut.text(o, "name", s.name());
    JsonOut.time(o, "created_at", s.createdAt());
    JsonOut.time(o, "modified_at", s.modifiedAt());
    JsonOut.flag(o, "save", saved);
    return o;
  }

  /** A Hit; the mock scores every match 1.0 (always printed). */
  static ObjectNode hit(Input i) {
    ObjectNode o = JsonOut.object();
    o.put("score", 1.0);
    o.set("input", input(i));
    return o;
  }

  /** A Collaborator; its id is the user id (mock choice), which DeleteCollaborators takes. */
  static ObjectNode collaborator(Collaborator c) {
    ObjectNode o = JsonOut.object();
    o.put("id", c.userId());
    o.putObject("user").put("id", c.userId());
    o.putObject("app").put("id", c.app().appId()).put("user_id", c.app().userId());
    JsonOut.time(o, "created_at", c.createdAt());
    return o;
  }
}
