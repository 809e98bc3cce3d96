package dev.labelsdk.clarifai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.core.RequestOptions;
import java.util.Map;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** Building a client: keys, the environment, user and app, base URLs, closing. */
class ClarifaiClientConfigurationTest {

  static ClarifaiClient.Builder withEnvironment(Map<String, String> env) {
    return ClarifaiClient.builder().environment(env::get);
  }

  @Test
  void readsThePatFromTheEnvironmentWhenNoneIsGiven() {
    try (ClarifaiClient c = withEnvironment(Map.of("CLARIFAI_PAT", "env-pat")).appId("app1")
        .build()) {
      assertThat(c.baseUrl()).isEqualTo("https://api.clarifai.com/v2/users/me/apps/app1/");
      assertThat(c.userId()).isEqualTo("me");
      assertThat(c.appId()).contains("app1");
    }
  }

  @Test
  void failsFastWithoutAKey() {
    assertThatThrownBy(() -> withEnvironment(Map.of()).appId("app1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No Clarifai key")
        .hasMessageContaining("CLARIFAI_PAT");
    assertThatThrownBy(() -> withEnvironment(Map.of("CLARIFAI_PAT", "  ")).appId("app1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("No Clarifai key");
    assertThatThrownBy(() -> withEnvironment(Map.of()).pat("").appId("app1").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("the key given is blank");
  }

  @Test
  void refusesKeysThatWereReadBadly() {
    assertThatThrownBy(() -> ClarifaiClient.builder().pat("abc\n").appId("app1").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trailing newline");
  }

  @Test
  void aPatNeedsAnApp() {
    assertThatThrownBy(() -> ClarifaiClient.builder().pat("p").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("set appId");
  }

  @Test
  void aPatAndAnAppKeyTogetherAreAmbiguous() {
    assertThatThrownBy(() -> ClarifaiClient.builder().pat("p").apiKey("k").appId("a").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not both");
  }

  @Test
  void anAppKeyWithoutAppCannotReachAssignments() {
    try (ClarifaiClient c = ClarifaiClient.builder().apiKey("k").build()) {
      assertThat(c.baseUrl()).isEqualTo("https://api.clarifai.com/v2/");
      assertThat(c.appId()).isEmpty();
      assertThatThrownBy(() -> c.tasks().assignments("t1"))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("appId");
    }
  }

  @Test
  void normalisesTheBaseUrl() {
    for (String url : new String[] {"http://h:1", "http://h:1/", "http://h:1/v2", "http://h:1/v2/"}) {
      try (ClarifaiClient c = ClarifaiClient.builder().pat("p").userId("u").appId("a")
          .baseUrl(url).build()) {
        assertThat(c.baseUrl()).isEqualTo("http://h:1/v2/users/u/apps/a/");
      }
    }
    assertThatThrownBy(() -> ClarifaiClient.builder().pat("p").appId("a").baseUrl("nope").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
  }

  @Test
  void refusesIdsThatCannotBePathSegments() {
    assertThatThrownBy(() -> ClarifaiClient.builder().pat("p").appId("..").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("appId");
    assertThatThrownBy(() -> ClarifaiClient.builder().pat("p").userId("").appId("a").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userId");
  }

  @Test
  void aClosedClientRefusesCallsAndLeavesAGivenHttpClientAlone() {
    OkHttpClient shared = new OkHttpClient();
    ClarifaiClient c = ClarifaiClient.builder().pat("p").appId("a").httpClient(shared).build();
    ClarifaiClient view = c.withOptions(RequestOptions.builder()
        .maxRetries(0).build());
    view.close(); // a view does not close its client
    c.close();
    c.close(); // idempotent
    assertThatThrownBy(() -> c.tasks().get("t1")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("closed");
    assertThatThrownBy(() -> view.tasks().get("t1")).isInstanceOf(IllegalStateException.class);
    assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
  }
}
