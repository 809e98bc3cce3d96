package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.AnnotationQuery;
import dev.labelsdk.mock.clarifai.AppRef;
import dev.labelsdk.mock.clarifai.ClarifaiEngine;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import dev.labelsdk.mock.clarifai.ConceptOperations;
import dev.labelsdk.mock.clarifai.DatasetOperations;
import dev.labelsdk.mock.clarifai.PatchAction;
import dev.labelsdk.mock.clarifai.SavedSearch;
import dev.labelsdk.mock.clarifai.SearchOperations;
import dev.labelsdk.mock.clarifai.StatusCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The routes tasks depend on (spec §1.2): inputs, datasets, saved searches, concepts,
 * annotations and collaborators, over the engine.
 */
final class DataEndpoints {

  private final ClarifaiEngine engine;

  DataEndpoints(ClarifaiEngine engine) {
    this.engine = engine;
  }

  // ---- inputs ----

  Reply postInputs(Call c) {
    List<Fields> items = c.body().objects("inputs");
    return Reply.batch("inputs", items,
        engine.inputs().post(c.caller(), items.stream().map(DataDecoder::input).toList()),
        ResourceJson::input);
  }

  Reply listInputs(Call c) {
    return Reply.list("inputs", engine.inputs().list(c.caller(), c.page()), ResourceJson::input);
  }

  Reply getInput(Call c) {
    return Reply.single("input", ResourceJson.input(engine.inputs().get(c.caller(), c.param("input_id"))));
  }

  Reply deleteInputs(Call c) {
    engine.inputs().delete(c.caller(), c.body().strings("ids"));
    return Reply.ok();
  }

  Reply deleteInput(Call c) {
    engine.inputs().delete(c.caller(), List.of(c.param("input_id")));
    return Reply.ok();
  }

  // ---- datasets ----

  Reply postDatasets(Call c) {
    List<DatasetOperations.DatasetSpec> specs = c.body().objects("datasets").stream()
        .map(d -> new DatasetOperations.DatasetSpec(d.string("id"), d.string("description"))).toList();
    AppRef app = c.caller().app();
    return Reply.list("datasets", engine.datasets().post(c.caller(), specs), d -> ResourceJson.dataset(d, app));
  }

  Reply listDatasets(Call c) {
    AppRef app = c.caller().app();
    return Reply.list("datasets", engine.datasets().list(c.caller(), c.page()),
        d -> ResourceJson.dataset(d, app));
  }

  Reply getDataset(Call c) {
    return Reply.single("dataset", ResourceJson.dataset(
        engine.datasets().get(c.caller(), c.param("dataset_id")), c.caller().app()));
  }

  Reply postDatasetInputs(Call c) {
    List<String> ids = new ArrayList<>();
    for (Fields di : c.body().objects("dataset_inputs")) {
      Fields input = di.object("input");
      ids.add(input == null ? null : input.string("id"));
    }
    if (ids.contains(null)) {
      throw ClarifaiError.invalid("every dataset input needs input.id");
    }
    return Reply.list("dataset_inputs",
        engine.datasets().addInputs(c.caller(), c.param("dataset_id"), ids), ResourceJson::datasetInput);
  }

  Reply listDatasetInputs(Call c) {
    return Reply.list("dataset_inputs",
        engine.datasets().listInputs(c.caller(), c.param("dataset_id"), c.page()), ResourceJson::datasetInput);
  }

  Reply deleteDatasetInputs(Call c) {
    engine.datasets().removeInputs(c.caller(), c.param("dataset_id"), c.body().strings("input_ids"));
    return Reply.ok();
  }

  // ---- saved searches ----

  Reply postSearches(Call c) {
    List<Fields> items = c.body().objects("searches");
    List<SearchOperations.SearchSpec> specs = items.stream()
        .map(s -> new SearchOperations.SearchSpec(s.string("id"), s.string("name"), s.raw("query"),
            s.bool("save")))
        .toList();
    SearchOperations.SearchResult result = engine.searches().post(c.caller(), specs);
    ObjectNode fields = JsonOut.object();
    ArrayNode searches = fields.putArray("searches");
    for (int i = 0; i < specs.size(); i++) {
      searches.add(ResourceJson.search(result.searches().get(i), specs.get(i).save()));
    }
    ArrayNode hits = fields.putArray("hits");
    result.hits().forEach(h -> hits.add(ResourceJson.hit(h)));
    return Reply.ok(fields);
  }

  Reply listSearches(Call c) {
    return Reply.list("searches", engine.searches().list(c.caller(), c.page()), DataEndpoints::saved);
  }

  Reply getSearch(Call c) {
    return Reply.single("search", saved(engine.searches().get(c.caller(), c.param("search_id"))));
  }

  // ---- concepts ----

  Reply postConcepts(Call c) {
    List<Fields> items = c.body().objects("concepts");
    AppRef app = c.caller().app();
    return Reply.batch("concepts", items, engine.concepts().post(c.caller(), items.stream()
            .map(i -> new ConceptOperations.ConceptSpec(i.string("id"), i.string("name"))).toList()),
        concept -> ResourceJson.concept(concept, app));
  }

  Reply listConcepts(Call c) {
    AppRef app = c.caller().app();
    return Reply.list("concepts", engine.concepts().list(c.caller(), c.page()),
        concept -> ResourceJson.concept(concept, app));
  }

  Reply getConcept(Call c) {
    return Reply.single("concept", ResourceJson.concept(
        engine.concepts().get(c.caller(), c.param("concept_id")), c.caller().app()));
  }

  // ---- annotations ----

  Reply postAnnotations(Call c) {
    List<Fields> items = c.body().objects("annotations");
    return Reply.batch("annotations", items, engine.annotations().post(c.caller(),
        items.stream().map(DataDecoder::annotation).toList()), ResourceJson::annotation);
  }

  Reply patchAnnotations(Call c) {
    PatchAction action = PatchAction.parse(c.body().string("action"));
    List<Fields> items = c.body().objects("annotations");
    return Reply.batch("annotations", items, engine.annotations().patch(c.caller(), action,
        items.stream().map(DataDecoder::annotation).toList()), ResourceJson::annotation);
  }

  Reply listAnnotations(Call c) {
    QueryReader q = c.query();
    AnnotationQuery query = new AnnotationQuery(q.list("ids"), q.list("input_ids"), q.list("user_ids"),
        q.enums("statuses.code", StatusCode.class), q.last("task_id"), q.bool("list_all_annotations"));
    return Reply.list("annotations", engine.annotations().list(c.caller(), query, c.page()),
        ResourceJson::annotation);
  }

  Reply getAnnotation(Call c) {
    return Reply.single("annotation", ResourceJson.annotation(engine.annotations().get(c.caller(),
        c.param("input_id"), c.param("annotation_id"))));
  }

  Reply deleteAnnotations(Call c) {
    engine.annotations().delete(c.caller(), c.body().strings("ids"), c.body().strings("input_ids"));
    return Reply.ok();
  }

  // ---- collaborators ----

  Reply listCollaborators(Call c) {
    return Reply.list("collaborators", engine.collaborators().list(c.caller()), ResourceJson::collaborator);
  }

  Reply postCollaborators(Call c) {
    List<String> users = new ArrayList<>();
    for (Fields collaborator : c.body().objects("collaborators")) {
      Fields user = collaborator.object("user");
      if (user == null || user.string("id") == null) {
        throw ClarifaiError.invalid(collaborator.path("user.id") + " is required");
      }
      users.add(user.string("id"));
    }
    return Reply.list("collaborators", engine.collaborators().add(c.caller(), users),
        ResourceJson::collaborator);
  }

  Reply deleteCollaborators(Call c) {
    engine.collaborators().remove(c.caller(), c.body().strings("collaborator_ids"));
    return Reply.ok();
  }

  private static ObjectNode saved(SavedSearch s) {
    return ResourceJson.search(s, true);
  }
}
