package dev.labelsdk.mock.clarifai;

import java.util.List;

/** A copy of all Clarifai state for {@code GET /__admin/clarifai/state} (spec §10). */
public record StateSnapshot(List<String> users, List<ApiKey> keys, List<Collaborator> collaborators,
    List<AppState> apps) {

  /** One app and everything it holds, each list oldest first. */
  public record AppState(AppRef app, List<Task> tasks, List<Assignment> assignments,
      List<Annotation> annotations, List<Input> inputs, List<Dataset> datasets,
      List<Concept> concepts, List<SavedSearch> searches) {}
}
