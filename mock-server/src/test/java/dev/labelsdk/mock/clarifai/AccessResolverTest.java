package dev.labelsdk.mock.clarifai;

import static dev.labelsdk.mock.clarifai.Errors.codeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.mock.common.MockClock;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Key lookup and app scoping (spec §2.2 to §2.4) in both auth modes. */
class AccessResolverTest {

  private static final AppRef APP1 = new AppRef("owner", "app1");

  private static ClarifaiEngine engine(ClarifaiConfig.AuthMode mode) {
    ClarifaiEngine e = new ClarifaiEngine(ClarifaiConfig.builder().authMode(mode).build(), new MockClock());
    e.control().seed(new SeedData(List.of("u1", "u2"), List.of(APP1),
        List.of(new SeedData.Member(APP1, "u1")),
        List.of(new ApiKey("pat-owner", ApiKey.Type.PAT, "owner", null, null),
            new ApiKey("pat-u1", ApiKey.Type.PAT, "u1", null, null),
            new ApiKey("pat-u2", ApiKey.Type.PAT, "u2", null, null),
            new ApiKey("app-key", ApiKey.Type.APP_KEY, "owner", "app1", null),
            new ApiKey("reader", ApiKey.Type.PAT, "u1", null, List.of("Tasks:Get"))),
        List.of(), List.of()));
    return e;
  }

  private static AppNaming path(String user, String app) {
    return new AppNaming("path", user, app);
  }

  @Test
  void permissiveWildcardKeysActAsTheDefaultUserWithOwnerRights() {
    ClarifaiEngine e = engine(ClarifaiConfig.AuthMode.PERMISSIVE);
    KeyIdentity wildcard = e.identify("anything_goes-1");
    assertThat(wildcard.isWildcard()).isTrue();
    assertThat(e.scope(wildcard, List.of())).isEqualTo(new Caller("mock-user", new AppRef("mock-user", "mock-app"), true));
    assertThat(e.scope(wildcard, List.of(path("me", "x")))).isEqualTo(new Caller("mock-user", new AppRef("mock-user", "x"), true));
    assertThat(e.scope(wildcard, List.of(path("alice", "x"))).owner()).isTrue();
  }

  @Test
  void meIsTheKeysUserAndAgreeingCandidatesAreFine() {
    ClarifaiEngine e = engine(ClarifaiConfig.AuthMode.STRICT);
    KeyIdentity owner = e.identify("pat-owner");
    Caller c = e.scope(owner, List.of(path("me", "app1"), new AppNaming("body", "owner", "app1"),
        new AppNaming("query", "me", "app1")));
    assertThat(c).isEqualTo(new Caller("owner", APP1, true));
  }

  @Test
  void disagreeingCandidatesAre11102_vector8() {
    ClarifaiEngine e = engine(ClarifaiConfig.AuthMode.PERMISSIVE);
    assertThatThrownBy(() -> e.scope(e.identify("pat-owner"), List.of(path("me", "app1"),
        new AppNaming("body", null, "app2"))))
        .isInstanceOfSatisfying(ClarifaiError.class, err -> {
          assertThat(err.code()).isEqualTo(StatusCode.CONN_INVALID_REQUEST);
          assertThat(err.details()).isEqualTo("user_app_id does not match the request path");
        });
  }

  @Test
  void aPatWithoutAnAppAndAnAppKeyOnAnotherAppAre11008_vector7() {
    ClarifaiEngine e = engine(ClarifaiConfig.AuthMode.STRICT);
    assertThatThrownBy(() -> e.scope(e.identify("pat-owner"), List.of()))
        .isInstanceOfSatisfying(ClarifaiError.class, err -> {
          assertThat(err.code()).isEqualTo(StatusCode.CONN_KEY_INVALID);
          assertThat(err.details()).isEqualTo("Must provide app external ID in API authorizer");
        });
    KeyIdentity appKey = e.identify("app-key");
    assertThat(e.scope(appKey, List.of())).isEqualTo(new Caller("owner", APP1, true));
    assertThatThrownBy(() -> e.scope(appKey, List.of(path("owner", "app2"))))
        .isInstanceOfSatisfying(ClarifaiError.class, err ->
            assertThat(err.details()).isEqualTo("Invalid API key/application pair"));
  }

  @Test
  void strictModeKnowsOnlySeededKeysAppsAndMembers() {
    ClarifaiEngine e = engine(ClarifaiConfig.AuthMode.STRICT);
    assertThat(codeOf(() -> e.identify("unknown-token"))).isEqualTo(StatusCode.CONN_KEY_NOT_FOUND);
    assertThat(codeOf(() -> e.identify("bad token!"))).isEqualTo(StatusCode.CONN_KEY_INVALID);
    assertThat(codeOf(() -> e.identify("x".repeat(201)))).isEqualTo(StatusCode.CONN_KEY_INVALID);
    assertThat(codeOf(() -> e.scope(e.identify("pat-owner"), List.of(path("owner", "nope")))))
        .isEqualTo(StatusCode.CONN_DOES_NOT_EXIST);
    assertThat(codeOf(() -> e.scope(e.identify("pat-u2"), List.of(path("owner", "app1")))))
        .isEqualTo(StatusCode.CONN_INSUFFICIENT_SCOPES);
    Caller collaborator = e.scope(e.identify("pat-u1"), List.of(path("owner", "app1")));
    assertThat(collaborator).isEqualTo(new Caller("u1", APP1, false));
  }

  @Test
  void permissiveModeDoesNotCheckMembershipButKeepsSeededIdentities() {
    ClarifaiEngine e = engine(ClarifaiConfig.AuthMode.PERMISSIVE);
    assertThat(e.scope(e.identify("pat-u2"), List.of(path("owner", "app1"))))
        .isEqualTo(new Caller("u2", APP1, false));
    assertThat(e.scope(e.identify("pat-u2"), List.of(path("someone", "new"))).app())
        .isEqualTo(new AppRef("someone", "new"));
  }

  @Test
  void keyScopesLimitTheEndpoints() {
    ClarifaiEngine e = engine(ClarifaiConfig.AuthMode.STRICT);
    KeyIdentity reader = e.identify("reader");
    e.checkScope(reader, "Tasks:Get");
    assertThat(codeOf(() -> {
      e.checkScope(reader, "Tasks:Add");
      return null;
    })).isEqualTo(StatusCode.CONN_INSUFFICIENT_SCOPES);
    e.checkScope(e.identify("pat-owner"), "Tasks:Add"); // no scopes: All
  }
}
