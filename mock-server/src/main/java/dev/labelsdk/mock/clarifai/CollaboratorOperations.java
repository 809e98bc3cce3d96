package dev.labelsdk.mock.clarifai;

import java.util.List;

/** App collaborators (spec §1.2, long form only): list, add, remove. */
public final class CollaboratorOperations {

  private final ClarifaiEngine engine;

  CollaboratorOperations(ClarifaiEngine engine) {
    this.engine = engine;
  }

  /** ListCollaborators, in the order they were added. */
  public List<Collaborator> list(Caller caller) {
    return engine.locked(() -> engine.state().directory.collaborators(caller.app()));
  }

  /**
   * PostCollaborators: app owner only (11007, mock choice); adding one twice is a no-op; in
   * strict mode the user must exist (11101).
   */
  public List<Collaborator> add(Caller caller, List<String> userIds) {
    requireOwnerAndIds(caller, userIds);
    return engine.write(caller, app -> {
      Directory directory = engine.state().directory;
      // (mock choice) strict mode adds only users it knows
      if (engine.config().authMode() == ClarifaiConfig.AuthMode.STRICT) {
        for (String u : userIds) {
          if (!directory.hasUser(u)) {
            throw ClarifaiError.notFound("user '" + u + "' not found");
          }
        }
      }
      long now = engine.now();
      return userIds.stream().map(u -> directory.addCollaborator(caller.app(), u, now)).distinct().toList();
    });
  }

  /** DeleteCollaborators by user id, all-or-nothing: an unknown one is a 11101. */
  public void remove(Caller caller, List<String> userIds) {
    requireOwnerAndIds(caller, userIds);
    engine.write(caller, app -> {
      Directory directory = engine.state().directory;
      for (String u : userIds) {
        if (!directory.isCollaborator(caller.app(), u)) {
          throw ClarifaiError.notFound("collaborator '" + u + "' not found in app " + caller.app());
        }
      }
      userIds.forEach(u -> directory.removeCollaborator(caller.app(), u));
      return null;
    });
  }

  private static void requireOwnerAndIds(Caller caller, List<String> userIds) {
    if (!caller.owner()) {
      throw new ClarifaiError(StatusCode.CONN_INSUFFICIENT_SCOPES, "only the app owner manages collaborators");
    }
    if (userIds.isEmpty()) {
      throw ClarifaiError.invalid("collaborators are required");
    }
  }
}
