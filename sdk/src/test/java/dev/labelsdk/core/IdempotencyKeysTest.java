package dev.labelsdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdempotencyKeysTest {

  @Test
  void generatesDistinctVersion4Uuids() {
    String a = IdempotencyKeys.generate();
    String b = IdempotencyKeys.generate();
    assertThat(a).isNotEqualTo(b);
    assertThat(UUID.fromString(a).version()).isEqualTo(4);
  }

  @Test
  void acceptsVisibleAsciiUpTo255Characters() {
    assertThat(IdempotencyKeys.validate("order-42:labeling/v1")).isEqualTo("order-42:labeling/v1");
    assertThat(IdempotencyKeys.validate("k".repeat(255))).hasSize(255);
  }

  @Test
  void rejectsBlankLongAndNonVisibleKeysWithAReason() {
    assertThatThrownBy(() -> IdempotencyKeys.validate("  "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
    assertThatThrownBy(() -> IdempotencyKeys.validate(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IdempotencyKeys.validate("k".repeat(256)))
        .hasMessageContaining("at most 255").hasMessageContaining("256");
    assertThatThrownBy(() -> IdempotencyKeys.validate("has space"))
        .hasMessageContaining("U+0020");
    assertThatThrownBy(() -> IdempotencyKeys.validate("caf\u00e9"))
        .hasMessageContaining("U+00E9");
  }
}
