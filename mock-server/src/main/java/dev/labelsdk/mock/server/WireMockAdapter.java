package dev.labelsdk.mock.server;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.labelsdk.mock.http.ApiRequest;
import dev.labelsdk.mock.http.ApiResponse;

/** Converts between WireMock's request/response types and the server-neutral ones. */
final class WireMockAdapter {

  private WireMockAdapter() {}

  /** {@code urlPrefix} restores what WireMock strips (e.g. {@code /__admin} for admin requests). */
  static ApiRequest toApiRequest(Request request, String urlPrefix) {
    ApiRequest.Builder b =
        ApiRequest.builder(request.getMethod().getName(), urlPrefix + request.getUrl());
    String shieldedType = request.getHeader(BodyTypeShield.HEADER);
    for (HttpHeader h : request.getHeaders().all()) {
      if (h.key().equalsIgnoreCase(BodyTypeShield.HEADER)
          || (shieldedType != null && h.key().equalsIgnoreCase("Content-Type"))) {
        continue;
      }
      for (String value : h.values()) {
        b.header(h.key(), value);
      }
    }
    if (shieldedType != null) {
      b.header("Content-Type", shieldedType);
    }
    return b.body(request.getBody()).build();
  }

  static ResponseDefinition toResponseDefinition(ApiResponse response) {
    if (response.isConnectionReset()) {
      return ResponseDefinitionBuilder.responseDefinition()
          .withFault(Fault.CONNECTION_RESET_BY_PEER)
          .build();
    }
    ResponseDefinitionBuilder b =
        ResponseDefinitionBuilder.responseDefinition().withStatus(response.status());
    response.headers().forEach(b::withHeader);
    return b.withBody(response.body()).build();
  }
}
