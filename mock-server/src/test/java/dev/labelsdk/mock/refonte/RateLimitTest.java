package dev.labelsdk.mock.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RateLimitTest {

  @Test
  void zeroDisablesTheLimitAndBadSettingsAreRefused() {
    assertThat(RateLimit.UNLIMITED.disabled()).isTrue();
    assertThat(RateLimit.DEFAULT.disabled()).isFalse();
    assertThatThrownBy(() -> new RateLimit(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimit(5, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
