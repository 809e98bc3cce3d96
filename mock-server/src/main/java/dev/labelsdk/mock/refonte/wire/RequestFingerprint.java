package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.common.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What makes two keyed creates "the same parameters" (spec §5.2): a digest of the request as
 * sent. Saved with each Idempotency-Key outcome, in snapshots too, so it must not change.
 */
final class RequestFingerprint {

  private RequestFingerprint() {}

  /**
   * The request fingerprint ("same parameters"): method, normalised path, query sorted by name
   * and the canonical body. A body that is not JSON is compared byte for byte.
   */
  static String of(
      String method, String normalisedPath, Map<String, List<String>> query, JsonNode body,
      byte[] rawBodyIfNotJson) {
    StringBuilder s = new StringBuilder(method).append('\n').append(normalisedPath).append('\n');
    new TreeMap<>(query).forEach((k, vs) -> vs.forEach(v -> s.append(k).append('=').append(v).append('&')));
    s.append('\n');
    if (rawBodyIfNotJson != null) {
      s.append("raw:").append(HexFormat.of().formatHex(rawBodyIfNotJson));
    } else {
      s.append(body == null ? "{}" : Json.canonical(body));
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(s.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

}
