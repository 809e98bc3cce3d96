package dev.labelsdk.mock.clarifai.wire;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.labelsdk.mock.clarifai.ClarifaiConfig;
import dev.labelsdk.mock.clarifai.ClarifaiError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The configuration as {@code /__admin/clarifai/config} reads and merges it (spec §10). */
final class ConfigJson {

  private static final Set<String> KEYS = Set.of("auth_mode", "default_user_id", "default_app_id",
      "rate_limit_per_second", "max_per_page", "dynamic_batch_size", "consensus_iou_threshold",
      "strict_references", "id_seed", "http_status_overrides");

  private ConfigJson() {}

  static ObjectNode render(ClarifaiConfig c) {
    ObjectNode o = JsonOut.object();
    o.put("auth_mode", c.authMode().wire());
    o.put("default_user_id", c.defaultUserId());
    o.put("default_app_id", c.defaultAppId());
    o.put("rate_limit_per_second", c.rateLimitPerSecond());
    o.put("max_per_page", c.maxPerPage());
    o.put("dynamic_batch_size", c.dynamicBatchSize());
    o.put("consensus_iou_threshold", c.consensusIouThreshold());
    o.put("strict_references", c.strictReferences());
    if (c.idSeed() == null) {
      o.putNull("id_seed");
    } else {
      o.put("id_seed", c.idSeed());
    }
    ObjectNode overrides = o.putObject("http_status_overrides");
    c.httpStatusOverrides().forEach((code, http) -> overrides.put(Integer.toString(code), http));
    return o;
  }

  /** {@code current} with the keys of {@code changes} applied; 11102 for unknown keys or bad values. */
  static ClarifaiConfig merge(ClarifaiConfig current, JsonNode changes) {
    Fields f = Fields.root(changes);
    f.node().fieldNames().forEachRemaining(key -> {
      if (!KEYS.contains(key)) {
        throw ClarifaiError.invalid("unknown configuration key \"" + key + "\"");
      }
    });
    ClarifaiConfig.Builder b = current.toBuilder();
    try {
      if (f.has("auth_mode")) {
        ClarifaiConfig.AuthMode mode = ClarifaiConfig.AuthMode.fromWire(f.string("auth_mode"));
        if (mode == null) {
          throw ClarifaiError.invalid("auth_mode must be \"permissive\" or \"strict\"");
        }
        b.authMode(mode);
      }
      if (f.has("default_user_id")) {
        b.defaultUserId(f.string("default_user_id"));
      }
      if (f.has("default_app_id")) {
        b.defaultAppId(f.string("default_app_id"));
      }
      if (f.has("rate_limit_per_second")) {
        b.rateLimitPerSecond(f.int32("rate_limit_per_second"));
      }
      if (f.has("max_per_page")) {
        b.maxPerPage(f.int32("max_per_page"));
      }
      if (f.has("dynamic_batch_size")) {
        b.dynamicBatchSize(f.int32("dynamic_batch_size"));
      }
      if (f.has("consensus_iou_threshold")) {
        b.consensusIouThreshold(f.number("consensus_iou_threshold"));
      }
      if (f.has("strict_references")) {
        b.strictReferences(f.bool("strict_references"));
      }
      if (f.node().has("id_seed")) {
        JsonNode seed = f.node().get("id_seed");
        if (!seed.isNull() && !seed.canConvertToLong()) {
          throw ClarifaiError.invalid("id_seed must be an integer or null");
        }
        b.idSeed(seed.isNull() ? null : seed.longValue());
      }
      if (f.has("http_status_overrides")) {
        b.httpStatusOverrides(overrides(f.struct("http_status_overrides")));
      }
    } catch (IllegalArgumentException e) {
      throw ClarifaiError.invalid(e.getMessage());
    }
    return b.build();
  }

  private static Map<Integer, Integer> overrides(JsonNode given) {
    Map<Integer, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : given.properties()) {
      if (!e.getKey().matches("\\d{1,9}") || !e.getValue().canConvertToInt()) {
        throw ClarifaiError.invalid("http_status_overrides maps status codes to HTTP statuses, e.g. {\"11102\": 404}");
      }
      out.put(Integer.parseInt(e.getKey()), e.getValue().intValue());
    }
    return out;
  }
}
