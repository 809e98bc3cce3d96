package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.labelsdk.mock.common.MockClock;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;

/**
 * In-process servers start without rate limits, so a user's tests never wait on one they did
 * not ask for; one builder call turns on the API-like limits the standalone server keeps.
 */
class RateLimitDefaultsHttpTest {

  private static final String TASK = "{\"attachment\":\"http://x/a\"}";

  private static MockClock frozen() {
    return new MockClock(InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")));
  }

  @Test
  void inProcessServersHaveNoLimitByDefault() {
    try (LabelMockServer server = LabelMockServer.builder().clock(frozen()).build().start()) {
      Http refonte = new Http(server.refonteBaseUrl(), "live_fast");
      ClarifaiHttp clarifai = new ClarifaiHttp(server.baseUrl(), "fast_key");
      for (int i = 0; i < 100; i++) {
        assertThat(refonte.post("/task/imageannotation", TASK).status()).isEqualTo(200);
        assertThat(clarifai.get("/v2/tasks").status()).isEqualTo(200);
      }
    }
  }

  @Test
  void oneCallTurnsOnTheApiLikeLimits() {
    try (LabelMockServer server = LabelMockServer.builder().clock(frozen()).apiRateLimits().build().start()) {
      Http refonte = new Http(server.refonteBaseUrl(), "live_limited");
      for (int i = 0; i < 30; i++) {
        assertThat(refonte.post("/task/imageannotation", TASK).status()).isEqualTo(200);
      }
      Http.Response limited = refonte.post("/task/imageannotation", TASK);
      assertThat(limited.status()).isEqualTo(429);
      assertThat(limited.header("Retry-After")).isNotNull();
    }
  }
}
