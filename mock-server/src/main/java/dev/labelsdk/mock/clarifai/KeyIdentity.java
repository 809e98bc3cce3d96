package dev.labelsdk.mock.clarifai;

/**
 * A token looked up (spec §2.4): a seeded key, or a wildcard (permissive mode) that acts as
 * the default user with owner rights on every app.
 */
public record KeyIdentity(ApiKey key, String wildcardUserId) {

  static KeyIdentity seeded(ApiKey key) {
    return new KeyIdentity(key, null);
  }

  static KeyIdentity wildcard(String defaultUserId) {
    return new KeyIdentity(null, defaultUserId);
  }

  /** Whether no seeded key matched (permissive mode). */
  public boolean isWildcard() {
    return key == null;
  }

  /** The acting user: the key's user, or the default user for a wildcard. */
  public String userId() {
    return isWildcard() ? wildcardUserId : key.userId();
  }
}
