package dev.labelsdk.mock.clarifai;

import java.util.List;
import java.util.Objects;

/**
 * A seeded key (spec §2.4): a personal access token, which implies only a user, or an
 * app-specific key, which implies a user and an app. Empty {@code scopes} means {@code All}.
 */
public record ApiKey(String token, Type type, String userId, String appId, List<String> scopes) {

  /** The two kinds of Clarifai keys. */
  public enum Type {
    PAT,
    APP_KEY
  }

  /** Grants every scope (spec §2.3). */
  public static final String ALL_SCOPES = "All";

  public ApiKey {
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(userId, "userId");
    if (type == Type.APP_KEY) {
      Objects.requireNonNull(appId, "an app key needs an app id");
    }
    scopes = scopes == null ? List.of() : List.copyOf(scopes);
  }

  /** The app an app key is bound to, or null for a PAT. */
  public AppRef app() {
    return type == Type.APP_KEY ? new AppRef(userId, appId) : null;
  }

  /** Whether the key grants {@code scope} (e.g. {@code Tasks:Add}). */
  public boolean grants(String scope) {
    return scopes.isEmpty() || scopes.contains(ALL_SCOPES) || scopes.contains(scope);
  }
}
