package dev.labelsdk.mock.server;

import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.labelsdk.mock.clarifai.wire.ClarifaiHttpApi;
import dev.labelsdk.mock.refonte.wire.RefonteHttpApi;

/**
 * Serves the mocked APIs before WireMock's stub matching; every other path continues to the
 * stubs, so users can still add their own next to the built-in semantics.
 */
final class ApiRequestFilter implements StubRequestFilterV2 {

  private final RefonteHttpApi refonte;
  private final ClarifaiHttpApi clarifai;

  ApiRequestFilter(RefonteHttpApi refonte, ClarifaiHttpApi clarifai) {
    this.refonte = refonte;
    this.clarifai = clarifai;
  }

  @Override
  public String getName() {
    return "labelsdk-api";
  }

  @Override
  public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
    String url = request.getUrl();
    int q = url.indexOf('?');
    String path = q < 0 ? url : url.substring(0, q);
    if (RefonteHttpApi.handles(path)) {
      return RequestFilterAction.stopWith(WireMockAdapter.toResponseDefinition(
          refonte.handle(WireMockAdapter.toApiRequest(request, ""))));
    }
    if (ClarifaiHttpApi.handles(path)) {
      return RequestFilterAction.stopWith(WireMockAdapter.toResponseDefinition(
          clarifai.handle(WireMockAdapter.toApiRequest(request, ""))));
    }
    return RequestFilterAction.continueWith(request);
  }
}
