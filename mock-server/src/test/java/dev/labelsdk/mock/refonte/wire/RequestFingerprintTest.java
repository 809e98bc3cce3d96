package dev.labelsdk.mock.refonte.wire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

  @Test
  void fingerprintsCompareCanonicalJson() throws Exception {
    JsonNode a = Json.parse("{\"b\":[1,{\"y\":2,\"x\":1.0}],\"a\":\"s\"}".getBytes());
    JsonNode b = Json.parse("{ \"a\":\"s\", \"b\":[1.00,{\"x\":1,\"y\":2e0}] }".getBytes());
    JsonNode c = Json.parse("{\"a\":\"s\",\"b\":[{\"x\":1,\"y\":2},1]}".getBytes());
    Map<String, List<String>> q = Map.of();
    assertThat(RequestFingerprint.of("POST", "/v1/task/x", q, a, null))
        .isEqualTo(RequestFingerprint.of("POST", "/v1/task/x", q, b, null))
        .isNotEqualTo(RequestFingerprint.of("POST", "/v1/task/x", q, c, null))
        .isNotEqualTo(RequestFingerprint.of("POST", "/v1/task/y", q, a, null))
        .isNotEqualTo(RequestFingerprint.of("POST", "/v1/task/x", Map.of("q", List.of("1")), a, null));
    assertThat(RequestFingerprint.of("POST", "/v1/task/x", q, null, null))
        .isEqualTo(RequestFingerprint.of("POST", "/v1/task/x", q, Json.parse("{}".getBytes()), null));
  }
}
