package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.List;

/** Concepts (spec §1.2, §8.8): per-item create, get, list. */
public final class ConceptOperations {

  /** One concept of a PostConcepts request. */
  public record ConceptSpec(String id, String name) {}

  private final ClarifaiEngine engine;

  ConceptOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /** PostConcepts, per item: an id is required (11102) and must be unused (40010). */
  public List<ItemResult<Concept>> post(Caller caller, List<ConceptSpec> items) {
    if (items.isEmpty()) {
      throw ClarifaiError.invalid("concepts is required and must not be empty");
    }
    return engine.write(caller, app -> {
      List<ItemResult<Concept>> out = new ArrayList<>();
      for (ConceptSpec c : items) {
        if (c.id() == null || c.id().isEmpty()) {
          out.add(ItemResult.failed(ClarifaiError.invalid("id is required")));
        } else if (app.concepts.containsKey(c.id())) {
          out.add(ItemResult.failed(new ClarifaiError(StatusCode.DATABASE_DUPLICATE_KEY,
              "concept id '" + c.id() + "' already exists")));
        } else {
          // (mock choice) a concept without a name is named by its id
          Concept stored = new Concept(c.id(), c.name() == null ? c.id() : c.name(), engine.now());
          app.concepts.put(c.id(), stored);
          out.add(ItemResult.ok(stored));
        }
      }
      return out;
    });
  }

  /** GetConcept; 11101 when missing. */
  public Concept get(Caller caller, String id) {
    return engine.read(caller, app -> {
      Concept c = app.concepts.get(id);
      if (c == null) {
        throw ClarifaiError.notFound("concept '" + id + "' not found in app " + app.ref);
      }
      return c;
    });
  }

  /** ListConcepts, newest first. */
  public List<Concept> list(Caller caller, Page page) {
    return engine.read(caller, app ->
        page.slice(AppData.newestFirst(app.concepts.values()), engine.config().maxPerPage()));
  }
}
