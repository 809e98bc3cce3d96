package dev.labelsdk.mock.clarifai;

import java.util.List;

/** What {@code POST /__admin/clarifai/seed} upserts (spec §10). */
public record SeedData(List<String> users, List<AppRef> apps, List<Member> collaborators,
    List<ApiKey> keys, List<NamedConcept> concepts, List<AppInput> inputs) {

  public SeedData {
    users = List.copyOf(users);
    apps = List.copyOf(apps);
    collaborators = List.copyOf(collaborators);
    keys = List.copyOf(keys);
    concepts = List.copyOf(concepts);
    inputs = List.copyOf(inputs);
  }

  /** A collaborator of an app. */
  public record Member(AppRef app, String userId) {}

  /** A concept of an app. */
  public record NamedConcept(AppRef app, String id, String name) {}

  /** An input of an app. */
  public record AppInput(AppRef app, InputSpec input) {}
}
