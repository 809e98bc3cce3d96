package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The standalone server's Clarifai options. */
class MainClarifaiOptionsTest {

  private static final PrintStream LOG = new PrintStream(new ByteArrayOutputStream());

  @Test
  void authModeRateLimitAndJournalReachTheClarifaiConfig() {
    try (LabelMockServer server = Main.parse(new String[] {"--port", "0", "--clarifai-auth-mode", "STRICT",
        "--clarifai-rate-limit", "0", "--journal", "5", "--quiet"}, LOG);
        LabelMockServer defaults = Main.parse(new String[] {"--quiet"}, LOG)) {
      ClarifaiConfig config = server.clarifai().config();
      assertThat(config.authMode()).isEqualTo(ClarifaiConfig.AuthMode.STRICT);
      assertThat(config.rateLimitPerSecond()).isZero();
      assertThat(config.requestLogCapacity()).isEqualTo(5);
      // The standalone server keeps the API's rate limit on; in-process servers start without.
      assertThat(defaults.clarifai().config()).usingRecursiveComparison().isEqualTo(
          ClarifaiConfig.defaults().toBuilder()
              .rateLimitPerSecond(ClarifaiConfig.DEFAULT_RATE_LIMIT_PER_SECOND).build());
    }
  }

  @Test
  void badValuesAreRefused() {
    assertThatThrownBy(() -> Main.parse(new String[] {"--clarifai-auth-mode", "lenient"}, LOG))
        .hasMessageContaining("--clarifai-auth-mode must be permissive or strict, got lenient");
    assertThatThrownBy(() -> Main.parse(new String[] {"--clarifai-rate-limit", "-1"}, LOG))
        .hasMessageContaining("--clarifai-rate-limit needs a non-negative integer");
  }
}
