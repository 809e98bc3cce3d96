package dev.labelsdk.mock.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;

/** The command line: both option spellings, help and version, and refusals that say why. */
class MainOptionsTest {

  private static final PrintStream LOG = new PrintStream(new ByteArrayOutputStream());

  @Test
  void portTakesBothSpellings() {
    try (LabelMockServer spaced = Main.parse(new String[] {"--port", "0", "--quiet"}, LOG).start();
        LabelMockServer joined = Main.parse(new String[] {"--port=0", "--quiet"}, LOG).start()) {
      assertThat(spaced.port()).isPositive();
      assertThat(joined.port()).isPositive().isNotEqualTo(spaced.port());
    }
  }

  @Test
  void helpAndVersionBuildNoServer() {
    assertThat(Main.parse(new String[] {"--help"}, LOG)).isNull();
    assertThat(Main.parse(new String[] {"--version"}, LOG)).isNull();
    assertThat(Main.version()).isEqualTo("labelsdk-mock-server " + MockVersion.get());
  }

  @Test
  void unknownOptionsAndBadNumbersAreRefused() {
    assertThatThrownBy(() -> Main.parse(new String[] {"--prot", "8080"}, LOG))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--prot");
    assertThatThrownBy(() -> Main.parse(new String[] {"--port", "eighty"}, LOG))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eighty");
    assertThatThrownBy(() -> Main.parse(new String[] {"--idle-timeout-seconds", "0"}, LOG))
        .hasMessageContaining("--idle-timeout-seconds");
  }

  @Test
  void tenantLimitsReachTheRefonteConfig() {
    try (LabelMockServer server = Main.parse(new String[] {"--quiet", "--max-tenants", "7",
        "--idempotency-max-records", "500", "--idempotency-max-records-per-tenant", "50"}, LOG)) {
      var config = server.refonte().engine().config();
      assertThat(config.maxTenants()).isEqualTo(7);
      assertThat(config.idempotencyMaxRecords()).isEqualTo(500);
      assertThat(config.idempotencyMaxRecordsPerTenant()).isEqualTo(50);
    }
    assertThatThrownBy(() -> Main.parse(new String[] {"--max-tenants", "0"}, LOG))
        .hasMessageContaining("--max-tenants needs a positive integer");
    try (LabelMockServer one = Main.parse(new String[] {"--quiet", "--port", "0", "--max-tenants", "1"}, LOG).start()) {
      String task = "{\"attachment\":\"http://x/a\"}";
      assertThat(new Http(one.refonteBaseUrl(), "live_first").post("/task/imageannotation", task).status())
          .isEqualTo(200);
      assertThat(new Http(one.refonteBaseUrl(), "live_second").post("/task/imageannotation", task).status())
          .isEqualTo(503);
    }
  }

  @Test
  void theStandaloneServerKeepsTheApisRateLimits() {
    try (LabelMockServer standalone = Main.parse(new String[] {"--quiet"}, LOG);
        LabelMockServer off = Main.parse(new String[] {"--quiet", "--rate-limit", "0"}, LOG)) {
      assertThat(standalone.refonte().rateLimit()).isEqualTo(dev.labelsdk.mock.refonte.RateLimit.DEFAULT);
      assertThat(off.refonte().rateLimit().disabled()).isTrue();
    }
  }
}
