package dev.labelsdk.mock.clarifai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import dev.labelsdk.mock.common.MockClock;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;

/** An engine on a frozen clock with app owner/app1 and inputs i01..iNN, for engine tests. */
final class EngineFixture {

  static final AppRef APP = new AppRef("owner", "app1");

  final ClarifaiEngine engine;
  final Caller owner = new Caller("owner", APP, true);

  EngineFixture(int inputs) {
    this(inputs, ClarifaiConfig.builder().idSeed(7L).build());
  }

  EngineFixture(int inputs, ClarifaiConfig config) {
    engine = new ClarifaiEngine(config, new MockClock(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z"))));
    List<SeedData.AppInput> seeded = new ArrayList<>();
    for (int i = 1; i <= inputs; i++) {
      seeded.add(new SeedData.AppInput(APP, new InputSpec(inputId(i),
          Json.tree("{\"image\":{\"url\":\"https://x/" + i + ".jpg\"}}"), List.of())));
    }
    engine.control().seed(new SeedData(List.of(), List.of(APP), List.of(), List.of(), List.of(), seeded));
  }

  static String inputId(int i) {
    return String.format("i%02d", i);
  }

  Caller as(String user) {
    return new Caller(user, APP, false);
  }

  Task create(Specs spec) {
    return engine.tasks().create(owner, List.of(spec.build())).get(0);
  }

  /** The task's assignments, input order then worker order. */
  List<Assignment> assignments(Task t) {
    return engine.locked(() -> engine.appData(APP).assignments(engine.appData(APP).task(t.id())));
  }

  Assignment assignment(Task t, String input, String worker) {
    return assignments(t).stream().filter(a -> a.inputId().equals(input) && a.workerId().equals(worker))
        .findFirst().orElseThrow();
  }

  /** Posts an input-level annotation of {@code concepts} on a task (old flow: submits the unit). */
  ItemResult<Annotation> label(Task t, String worker, String input, String... concepts) {
    return post(t, worker, input, null, concepts);
  }

  ItemResult<Annotation> post(Task t, String worker, String input, StatusCode status, String... concepts) {
    StringBuilder data = new StringBuilder("{\"concepts\":[");
    for (int i = 0; i < concepts.length; i++) {
      data.append(i == 0 ? "" : ",").append("{\"id\":\"").append(concepts[i]).append("\",\"value\":1}");
    }
    JsonNode d = Json.tree(data.append("]}").toString());
    return engine.annotations().post(as(worker),
        List.of(new AnnotationSpec(null, input, d, status, t.id(), null))).get(0);
  }

  /** PUT assignments with an action and assignment ids. */
  List<AssignmentView> put(Caller who, Task t, AssignmentAction action, String... ids) {
    return engine.assignments().put(who, t.id(), new AssignmentRequest(action, null, List.of(ids), List.of()));
  }

  StateSnapshot state() {
    return engine.control().state();
  }
}
