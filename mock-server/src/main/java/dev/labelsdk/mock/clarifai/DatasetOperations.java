package dev.labelsdk.mock.clarifai;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Datasets and dataset inputs (spec §1.2, §8.8). */
public final class DatasetOperations {

  /** One dataset of a PostDatasets request. */
  public record DatasetSpec(String id, String description) {}

  /** A DatasetInput: when the input was added, and the input. */
  public record DatasetInputView(long addedAt, Input input) {}

  private final ClarifaiEngine engine;

  DatasetOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /** PostDatasets, all-or-nothing (mock choice): an id is required and must be unused. */
  public List<Dataset> post(Caller caller, List<DatasetSpec> specs) {
    if (specs.isEmpty()) {
      throw ClarifaiError.invalid("datasets is required and must not be empty");
    }
    return engine.write(caller, app -> {
      long now = engine.now();
      List<Dataset> out = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < specs.size(); i++) {
        DatasetSpec s = specs.get(i);
        if (s.id() == null || s.id().isEmpty()) {
          throw ClarifaiError.invalid("datasets[" + i + "]: id is required");
        }
        if (app.datasets.containsKey(s.id()) || !seen.add(s.id())) {
          throw new ClarifaiError(StatusCode.DATABASE_DUPLICATE_KEY,
              "datasets[" + i + "]: dataset id '" + s.id() + "' already exists");
        }
        out.add(new Dataset(s.id(), s.description(), now, now));
      }
      out.forEach(d -> app.datasets.put(d.id(), d));
      return out;
    });
  }

  /** GetDataset; 11101 when missing. */
  public Dataset get(Caller caller, String id) {
    return engine.read(caller, app -> dataset(app, id));
  }

  /** ListDatasets, newest first. */
  public List<Dataset> list(Caller caller, Page page) {
    return engine.read(caller, app ->
        page.slice(AppData.newestFirst(app.datasets.values()), engine.config().maxPerPage()));
  }

  /** PostDatasetInputs, all-or-nothing; re-adding an input is a no-op. */
  public List<DatasetInputView> addInputs(Caller caller, String datasetId, List<String> inputIds) {
    requireIds(inputIds);
    return engine.write(caller, app -> {
      dataset(app, datasetId);
      requireInputs(app, inputIds);
      long now = engine.now();
      inputIds.forEach(i -> app.addToDataset(datasetId, i, now));
      Map<String, Long> members = app.datasetMembers.get(datasetId);
      return inputIds.stream().distinct()
          .map(i -> new DatasetInputView(members.get(i), app.inputs.get(i))).toList();
    });
  }

  /** ListDatasetInputs, most recently added first. */
  public List<DatasetInputView> listInputs(Caller caller, String datasetId, Page page) {
    return engine.read(caller, app -> {
      dataset(app, datasetId);
      List<DatasetInputView> all = new ArrayList<>();
      app.datasetMembers.getOrDefault(datasetId, Map.of())
          .forEach((input, at) -> all.add(new DatasetInputView(at, app.inputs.get(input))));
      return page.slice(AppData.newestFirst(all), engine.config().maxPerPage());
    });
  }

  /** DeleteDatasetInputs, all-or-nothing: an input not in the dataset is a 30102 (mock choice). */
  public void removeInputs(Caller caller, String datasetId, List<String> inputIds) {
    requireIds(inputIds);
    engine.write(caller, app -> {
      dataset(app, datasetId);
      Map<String, Long> members = app.datasetMembers.getOrDefault(datasetId, Map.of());
      for (String i : inputIds) {
        if (!members.containsKey(i)) {
          throw new ClarifaiError(StatusCode.INPUT_DOES_NOT_EXIST,
              "input '" + i + "' is not in dataset '" + datasetId + "'");
        }
      }
      inputIds.forEach(i -> app.removeFromDataset(datasetId, i));
      return null;
    });
  }

  private static Dataset dataset(AppData app, String id) {
    Dataset d = app.datasets.get(id);
    if (d == null) {
      throw ClarifaiError.notFound("dataset '" + id + "' not found in app " + app.ref);
    }
    return d;
  }

  private static void requireInputs(AppData app, List<String> inputIds) {
    for (String i : inputIds) {
      if (!app.inputs.containsKey(i)) {
        throw new ClarifaiError(StatusCode.INPUT_DOES_NOT_EXIST, "input '" + i + "' not found");
      }
    }
  }

  private static void requireIds(List<String> ids) {
    if (ids.isEmpty()) {
      throw ClarifaiError.invalid("input ids are required");
    }
  }
}
