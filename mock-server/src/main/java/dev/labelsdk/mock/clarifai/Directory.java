package dev.labelsdk.mock.clarifai;

import dev.labelsdk.mock.common.KeyDigest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who exists (spec §2.4): users, apps, their collaborators and the seeded keys. Not
 * thread-safe: the engine guards it with its lock.
 */
final class Directory {

  private final Set<String> users = new LinkedHashSet<>();
  private final Set<AppRef> apps = new LinkedHashSet<>();
  private final Map<String, ApiKey> keys = new LinkedHashMap<>();
  private final Map<AppRef, Map<String, Collaborator>> collaborators = new LinkedHashMap<>();

  void addUser(String userId) {
    users.add(userId);
  }

  /** Adds the app and its owner. */
  void addApp(AppRef app) {
    users.add(app.userId());
    apps.add(app);
  }

  /**
   * Adds or replaces a key by token; its user (and app, for an app key) are added too. The
   * token is kept only as its digest (a restored snapshot already holds that form).
   */
  void putKey(ApiKey key) {
    users.add(key.userId());
    if (key.app() != null) {
      addApp(key.app());
    }
    String digest = KeyDigest.isDigest(key.token()) ? key.token() : KeyDigest.of(key.token());
    keys.put(digest, new ApiKey(digest, key.type(), key.userId(), key.appId(), key.scopes()));
  }

  /** Adds a collaborator unless already there; returns the stored one. */
  Collaborator addCollaborator(AppRef app, String userId, long now) {
    addApp(app);
    users.add(userId);
    return collaborators.computeIfAbsent(app, a -> new LinkedHashMap<>())
        .computeIfAbsent(userId, u -> new Collaborator(app, u, now));
  }

  void removeCollaborator(AppRef app, String userId) {
    Map<String, Collaborator> of = collaborators.get(app);
    if (of != null) {
      of.remove(userId);
    }
  }

  boolean hasUser(String userId) {
    return users.contains(userId);
  }

  boolean hasApp(AppRef app) {
    return apps.contains(app);
  }

  /** The key a request's token names (its {@code token()} is the digest), or null. */
  ApiKey key(String token) {
    return keys.get(KeyDigest.of(token));
  }

  boolean isCollaborator(AppRef app, String userId) {
    Map<String, Collaborator> of = collaborators.get(app);
    return of != null && of.containsKey(userId);
  }

  /** The owner or a collaborator. */
  boolean isMember(AppRef app, String userId) {
    return app.userId().equals(userId) || isCollaborator(app, userId);
  }

  List<Collaborator> collaborators(AppRef app) {
    return new ArrayList<>(collaborators.getOrDefault(app, Map.of()).values());
  }

  List<String> users() {
    return new ArrayList<>(users);
  }

  List<AppRef> apps() {
    return new ArrayList<>(apps);
  }

  List<ApiKey> keys() {
    return new ArrayList<>(keys.values());
  }

  List<Collaborator> allCollaborators() {
    List<Collaborator> out = new ArrayList<>();
    collaborators.values().forEach(m -> out.addAll(m.values()));
    return out;
  }
}
