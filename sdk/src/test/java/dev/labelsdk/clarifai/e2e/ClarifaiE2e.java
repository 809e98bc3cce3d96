package dev.labelsdk.clarifai.e2e;

import dev.labelsdk.clarifai.ClarifaiClient;
import dev.labelsdk.clarifai.model.Annotation;
import dev.labelsdk.clarifai.model.Concept;
import dev.labelsdk.clarifai.model.Dataset;
import dev.labelsdk.clarifai.model.Input;
import dev.labelsdk.clarifai.model.TaskAssignment;
import dev.labelsdk.core.Sleeper;
import dev.labelsdk.mock.http.RequestJournal;
import dev.labelsdk.mock.junit.LabelMockExtension;
import dev.labelsdk.mock.server.ClarifaiControl;
import dev.labelsdk.refonte.RecordingSleeper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The people of the end-to-end tests (an app owner, workers and reviewers, each with a PAT
 * seeded in the mock) and their clients.
 */
final class ClarifaiE2e {

  static final String OWNER = "owner";
  static final String APP = "app1";
  static final String DATASET = "lakes";
  static final String PREFIX = "/v2/users/" + OWNER + "/apps/" + APP;

  private ClarifaiE2e() {}

  /** The app, its owner and {@code users}, each with the PAT {@code pat-<user>}. */
  static void seedPeople(ClarifaiControl control, String... users) {
    control.addApp(OWNER, APP).addPat("pat-" + OWNER, OWNER);
    for (String u : users) {
      control.addPat("pat-" + u, u);
    }
  }

  /** A client acting as {@code user} on the owner's app, with a fake sleeper and jitter 0. */
  static ClarifaiClient as(LabelMockExtension mock, String user, Sleeper sleeper) {
    return ClarifaiClient.builder().pat("pat-" + user).userId(OWNER).appId(APP)
        .baseUrl(mock.clarifaiBaseUrl()).sleeper(sleeper).jitter(() -> 0.0).build();
  }

  /**
   * The owner's client for async and bulk tests: waits between retries are tasks on
   * {@code time} (a fake clock that moves the mock's), and a sleep on a thread fails the test.
   */
  static ClarifaiClient ownerOnFakeTime(LabelMockExtension mock,
      dev.labelsdk.refonte.e2e.FakeTime time, int maxRetries) {
    return onFakeTime(mock, OWNER, time, maxRetries);
  }

  /** {@link #ownerOnFakeTime} acting as {@code user}. */
  static ClarifaiClient onFakeTime(LabelMockExtension mock, String user,
      dev.labelsdk.refonte.e2e.FakeTime time, int maxRetries) {
    return ClarifaiClient.builder().pat("pat-" + user).userId(OWNER).appId(APP)
        .baseUrl(mock.clarifaiBaseUrl()).scheduler(time).httpClient(time.httpClient()).sleeper(d -> {
          throw new AssertionError("async calls never sleep on a thread");
        }).jitter(() -> 0.0).maxRetries(maxRetries).build();
  }

  /** {@link #as(LabelMockExtension, String, Sleeper)} with a recording sleeper. */
  static ClarifaiClient as(LabelMockExtension mock, String user) {
    return as(mock, user, new RecordingSleeper());
  }

  /** The dataset {@value #DATASET} with text inputs {@code in01..in<count>}, through the SDK. */
  static List<String> createInputs(ClarifaiClient owner, int count) {
    owner.datasets().create(Dataset.of(DATASET, "mountain lakes"));
    List<Input> inputs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      String id = String.format("in%02d", i);
      ids.add(id);
      inputs.add(Input.builder().id(id).text("lake " + i).datasetIds(DATASET)
          .metadata(Map.of("n", i)).build());
    }
    owner.inputs().create(inputs);
    return ids;
  }

  /** Draft annotations with {@code concepts} on each assignment's input, then submits them. */
  static List<TaskAssignment> label(ClarifaiClient worker, String taskId,
      List<TaskAssignment> assignments, String... concepts) {
    List<Annotation> annotations = new ArrayList<>();
    for (TaskAssignment a : assignments) {
      Annotation.Builder b = Annotation.builder().inputId(a.inputId()).taskId(taskId).draft();
      for (String c : concepts) {
        b.concepts(Concept.of(c));
      }
      annotations.add(b.build());
    }
    worker.annotations().create(annotations);
    return worker.tasks().assignments(taskId).submit(assignments);
  }

  /** The mock's journal entries for {@code method} on paths ending with {@code suffix}. */
  static List<RequestJournal.Entry> requests(LabelMockExtension mock, String method,
      String suffix) {
    List<RequestJournal.Entry> entries = new ArrayList<>(mock.clarifai().requests(1000).stream()
        .filter(e -> e.method().equals(method) && e.path().endsWith(suffix)).toList());
    Collections.reverse(entries);
    return entries;
  }

  /** A header of a journal entry, by case-insensitive name. */
  static String header(RequestJournal.Entry entry, String name) {
    return entry.headers().entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
        .findFirst().orElse(null);
  }
}
