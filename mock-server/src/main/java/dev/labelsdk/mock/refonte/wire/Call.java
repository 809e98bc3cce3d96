package dev.labelsdk.mock.refonte.wire;

import com.fasterxml.jackson.databind.JsonNode;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.QueryParams;
import dev.labelsdk.mock.refonte.Caller;
import java.util.Map;

/** One routed call: who calls, the request and the path parameters of its route. */
record Call(Caller caller, ApiRequest request, Map<String, String> params) {

  String param(String name) {
    return params.get(name);
  }

  /** The JSON body, or null when there is none (spec §1.3). */
  JsonNode json() {
    return RequestBody.json(request);
  }

  QueryParams query() {
    return request.query();
  }
}
