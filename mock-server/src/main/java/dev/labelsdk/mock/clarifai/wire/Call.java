package dev.labelsdk.mock.clarifai.wire;

import dev.labelsdk.mock.clarifai.Caller;
import dev.labelsdk.mock.clarifai.Page;
import java.util.List;
import java.util.Map;

/** One decoded API call: who calls, the path parameters, the body and the query. */
record Call(Caller caller, Map<String, String> params, Fields body, QueryReader query) {

  String param(String name) {
    return params.get(name);
  }

  /** {@code page} and {@code per_page} from the query (spec §6). */
  Page page() {
    return new Page(query.uint32("page", 0), query.uint32("per_page", 0));
  }

  /**
   * Whether {@code additional_fields} asks for metrics: {@code all} or any {@code metrics.*}
   * value; other values are ignored (spec §3.8, mock choice).
   */
  boolean wantsMetrics() {
    List<String> fields = query.list("additional_fields");
    return fields.stream().anyMatch(f -> f.equals("all") || f.equals("metrics") || f.startsWith("metrics."));
  }
}
