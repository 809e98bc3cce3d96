package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

  @Test
  void callValuesWinOverDefaultsAndHeadersCombine() {
    RequestOptions defaults = RequestOptions.builder().maxRetries(3)
        .timeout(Duration.ofSeconds(30)).header("X-Team", "a").header("X-Env", "prod").build();
    RequestOptions call = RequestOptions.builder().maxRetries(0).header("x-team", "b")
        .idempotencyKey("key-1").build();

    RequestOptions merged = call.mergedOver(defaults);

    assertThat(merged.maxRetries()).contains(0);
    assertThat(merged.timeout()).contains(Duration.ofSeconds(30));
    assertThat(merged.idempotencyKey()).contains("key-1");
    assertThat(merged.extraHeaders()).containsEntry("X-Env", "prod").containsEntry("x-team", "b")
        .hasSize(2);
  }

  @Test
  void noneKeepsEveryDefault() {
    RequestOptions defaults = RequestOptions.builder().maxRetries(2).build();
    assertThat(RequestOptions.none().mergedOver(defaults).maxRetries()).contains(2);
    assertThat(RequestOptions.none().mergedOver(defaults).idempotencyKey()).isEmpty();
  }

  @Test
  void rejectsHeadersTheClientOwnsAndInvalidValues() {
    assertThatThrownBy(() -> RequestOptions.builder().header("Authorization", "x"))
        .hasMessageContaining("set by the client");
    assertThatThrownBy(() -> RequestOptions.builder().header("Idempotency-Key", "x"))
        .hasMessageContaining("idempotencyKey(");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Bad", "line\nbreak"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(""))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
