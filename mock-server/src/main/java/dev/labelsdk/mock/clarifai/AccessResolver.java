package dev.labelsdk.mock.clarifai;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Key lookup and app scoping (spec §2.2 to §2.4): from a token to a {@link KeyIdentity}, and
 * from an identity plus the places a request names its app to a {@link Caller}. Pure: it
 * reads the directory and the configuration and changes nothing.
 */
final class AccessResolver {

  static final String ME = "me";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}");

  private AccessResolver() {}

  /** 11008 for a malformed token; 11009 for an unknown one in strict mode. */
  static KeyIdentity identify(String token, ClarifaiConfig config, Directory directory) {
    if (!TOKEN.matcher(token).matches()) {
      throw new ClarifaiError(StatusCode.CONN_KEY_INVALID, "Invalid format of key.");
    }
    ApiKey key = directory.key(token);
    if (key != null) {
      return KeyIdentity.seeded(key);
    }
    if (config.authMode() == ClarifaiConfig.AuthMode.STRICT) {
      throw new ClarifaiError(StatusCode.CONN_KEY_NOT_FOUND, "API key not found");
    }
    return KeyIdentity.wildcard(config.defaultUserId());
  }

  /**
   * The app the request works on and the acting user. Candidates that disagree (after
   * resolving {@code me}) are a 11102; an app key bound elsewhere, or a PAT with no app, a
   * 11008; in strict mode an unknown app is a 11101 and a non-member PAT user a 11007.
   */
  static Caller scope(KeyIdentity identity, List<AppNaming> namings, ClarifaiConfig config,
      Directory directory) {
    String acting = identity.userId();
    String user = null;
    String app = null;
    for (AppNaming n : namings) {
      String u = ME.equals(n.userId()) ? acting : n.userId();
      if (u != null) {
        user = agree(user, u);
      }
      if (n.appId() != null) {
        app = agree(app, n.appId());
      }
    }
    AppRef target = target(identity, user, app, config);
    if (config.authMode() == ClarifaiConfig.AuthMode.STRICT) {
      if (!directory.hasApp(target)) {
        throw new ClarifaiError(StatusCode.CONN_DOES_NOT_EXIST, "app '" + target + "' not found");
      }
      if (identity.key().type() == ApiKey.Type.PAT && !directory.isMember(target, acting)) {
        throw new ClarifaiError(StatusCode.CONN_INSUFFICIENT_SCOPES, "user has no access to app");
      }
    }
    return new Caller(acting, target, identity.isWildcard() || acting.equals(target.userId()));
  }

  /** 11007 unless the key grants {@code scope}; a wildcard key grants everything. */
  static void checkScope(KeyIdentity identity, String scope) {
    if (!identity.isWildcard() && !identity.key().grants(scope)) {
      throw new ClarifaiError(StatusCode.CONN_INSUFFICIENT_SCOPES, "API key has insufficient scopes");
    }
  }

  private static AppRef target(KeyIdentity identity, String user, String app, ClarifaiConfig config) {
    if (identity.isWildcard()) {
      return new AppRef(user != null ? user : identity.userId(),
          app != null ? app : config.defaultAppId());
    }
    ApiKey key = identity.key();
    if (key.type() == ApiKey.Type.APP_KEY) {
      AppRef bound = key.app();
      boolean otherUser = user != null && !user.equals(bound.userId());
      boolean otherApp = app != null && !app.equals(bound.appId());
      if (otherUser || otherApp) {
        throw new ClarifaiError(StatusCode.CONN_KEY_INVALID, "Invalid API key/application pair");
      }
      return bound;
    }
    if (app == null) {
      throw new ClarifaiError(StatusCode.CONN_KEY_INVALID, "Must provide app external ID in API authorizer");
    }
    // (mock choice) an app named without a user belongs to the acting user
    return new AppRef(user != null ? user : identity.userId(), app);
  }

  private static String agree(String current, String candidate) {
    if (current != null && !current.equals(candidate)) {
      // (mock choice) the spec's text for any two candidates that differ
      throw ClarifaiError.invalid("user_app_id does not match the request path");
    }
    return candidate;
  }
}
