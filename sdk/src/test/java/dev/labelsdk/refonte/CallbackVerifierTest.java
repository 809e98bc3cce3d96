package dev.labelsdk.refonte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.labelsdk.refonte.model.TaskCallback;
import dev.labelsdk.refonte.model.TaskStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CallbackVerifierTest {

  static final String BODY = "{\"task\":{\"task_id\":\"5f0c2d4e8b3a1c0012345678\","
      + "\"type\":\"categorization\",\"status\":\"completed\","
      + "\"created_at\":\"2024-05-01T12:00:00.000Z\",\"response\":{\"category\":\"big\"}},"
      + "\"response\":{\"category\":\"big\"},\"task_id\":\"5f0c2d4e8b3a1c0012345678\","
      + "\"status\":\"completed\"}";

  final CallbackVerifier verifier = CallbackVerifier.withKey("s3cret");

  @Test
  void acceptsOnlyTheExactKey() {
    assertThat(verifier.isAuthentic("s3cret")).isTrue();
    assertThat(verifier.isAuthentic("s3cre")).isFalse();
    assertThat(verifier.isAuthentic("s3cret ")).isFalse();
    assertThat(verifier.isAuthentic("")).isFalse();
    assertThat(verifier.isAuthentic((String) null)).isFalse();
  }

  @Test
  void readsTheHeaderCaseInsensitivelyFromAnyHeaderMapShape() {
    assertThat(verifier.isAuthentic(Map.of("Refonte-Callback-Auth", "s3cret"))).isTrue();
    assertThat(verifier.isAuthentic(Map.of("refonte-callback-auth", List.of("s3cret")))).isTrue();
    assertThat(verifier.isAuthentic(Map.of("scale-callback-auth", "s3cret"))).isTrue();
    assertThat(verifier.isAuthentic(Map.of("x-other", "s3cret"))).isFalse();
    // The Refonte header decides when both are present.
    assertThat(verifier.isAuthentic(Map.of("refonte-callback-auth", "wrong",
        "scale-callback-auth", "s3cret"))).isFalse();
  }

  @Test
  void verifyAndParseReturnsTheTypedCallback() {
    TaskCallback callback = verifier.verifyAndParse(Map.of("refonte-callback-auth", "s3cret"),
        BODY.getBytes(StandardCharsets.UTF_8));
    assertThat(callback.taskId()).isEqualTo("5f0c2d4e8b3a1c0012345678");
    assertThat(callback.status()).isEqualTo(TaskStatus.COMPLETED);
    assertThat(callback.response().flatMap(r -> r.getString("category"))).contains("big");
    assertThat(callback.task().response()).isEqualTo(callback.response());
  }

  @Test
  void rejectsForgedRequestsAndMalformedBodies() {
    assertThatThrownBy(() -> verifier.verifyAndParse(Map.of(), BODY.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SecurityException.class);
    assertThatThrownBy(() -> TaskCallback.parse("not json"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> TaskCallback.parse("{\"task_id\":\"x\"}"))
        .hasMessageContaining("\"task\" is missing");
    assertThatThrownBy(() -> CallbackVerifier.withKey(" "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
