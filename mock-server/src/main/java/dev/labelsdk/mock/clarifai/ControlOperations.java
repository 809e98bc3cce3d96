package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.List;

/** What the control plane does to Clarifai state (spec §10): seed, dump, reset. */
public final class ControlOperations {

  private final ClarifaiEngine engine;

  ControlOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /**
   * Upserts users, apps, collaborators, keys, concepts and inputs. An input replaces the one
   * with the same id; datasets an input names are created (mock choice). All inputs are
   * checked first, so a bad one changes nothing.
   */
  public void seed(SeedData seed) {
    engine.locked(() -> {
      for (SeedData.AppInput in : seed.inputs()) {
        if (in.input().id() == null) {
          throw ClarifaiError.invalid("a seeded input needs an id");
        }
        try {
          InputOperations.checkData(in.input().data());
        } catch (ClarifaiError e) {
          throw e.prefixed("input '" + in.input().id() + "'");
        }
      }
      Directory directory = engine.state().directory;
      long now = engine.now();
      seed.users().forEach(directory::addUser);
      seed.apps().forEach(directory::addApp);
      seed.keys().forEach(directory::putKey);
      seed.collaborators().forEach(m -> directory.addCollaborator(m.app(), m.userId(), now));
      for (SeedData.NamedConcept c : seed.concepts()) {
        app(c.app()).concepts.put(c.id(), new Concept(c.id(), c.name() == null ? c.id() : c.name(), now));
      }
      for (SeedData.AppInput in : seed.inputs()) {
        AppData app = app(in.app());
        for (String dataset : in.input().datasetIds()) {
          app.datasets.putIfAbsent(dataset, new Dataset(dataset, null, now, now));
        }
        if (app.inputs.containsKey(in.input().id())) {
          InputOperations.remove(app, in.input().id());
        }
        engine.inputs().store(app, in.app().userId(), in.input(), now);
      }
      return null;
    });
  }

  /** Everything, for the state dump. */
  public StateSnapshot state() {
    return engine.locked(() -> {
      ClarifaiEngine.State s = engine.state();
      List<StateSnapshot.AppState> apps = new ArrayList<>();
      for (AppRef ref : s.directory.apps()) {
        AppData d = engine.appData(ref);
        List<Assignment> assignments = new ArrayList<>();
        d.tasks.values().forEach(t -> assignments.addAll(d.assignments(t)));
        apps.add(new StateSnapshot.AppState(ref, List.copyOf(d.tasks.values()), assignments,
            d.annotations(), List.copyOf(d.inputs.values()), List.copyOf(d.datasets.values()),
            List.copyOf(d.concepts.values()), List.copyOf(d.searches.values())));
      }
      return new StateSnapshot(s.directory.users(), s.directory.keys(),
          s.directory.allCollaborators(), apps);
    });
  }

  /** Drops all state; {@code keepConfig} false also restores the initial configuration. */
  public void reset(boolean keepConfig) {
    engine.reset(keepConfig);
  }

  /** The stored data of an app, created (with the app and its owner) when needed. */
  private AppData app(AppRef ref) {
    ClarifaiEngine.State s = engine.state();
    s.directory.addApp(ref);
    return s.apps.computeIfAbsent(ref, AppData::new);
  }
}
